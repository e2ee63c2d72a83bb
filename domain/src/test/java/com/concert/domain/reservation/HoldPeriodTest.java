package com.concert.domain.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HoldPeriodTest {

  private static final Instant HELD_AT = Instant.parse("2026-12-01T10:00:00Z");
  private final HoldPeriod hold = HoldPeriod.startingAt(HELD_AT, Duration.ofMinutes(5));

  @Test
  void lastsItsTimeToLive() {
    assertThat(hold.heldAt()).isEqualTo(HELD_AT);
    assertThat(hold.expiresAt()).isEqualTo(Instant.parse("2026-12-01T10:05:00Z"));
  }

  @Test
  void isRunningUpToTheLastMicrosecondBeforeItExpires() {
    assertThat(hold.isOverAt(HELD_AT)).isFalse();
    assertThat(hold.isOverAt(hold.expiresAt().minusNanos(1_000))).isFalse();
    assertThat(hold.isOverAt(hold.expiresAt().minusNanos(1))).isFalse();
  }

  @Test
  void isOverFromTheInstantItExpires() {
    assertThat(hold.isOverAt(hold.expiresAt())).isTrue();
    assertThat(hold.isOverAt(hold.expiresAt().plusNanos(1))).isTrue();
    assertThat(hold.isOverAt(hold.expiresAt().plus(Duration.ofDays(1)))).isTrue();
  }

  @Test
  void endsAfterItStarts() {
    assertThatThrownBy(() -> new HoldPeriod(HELD_AT, HELD_AT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new HoldPeriod(HELD_AT, HELD_AT.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HoldPeriod.startingAt(HELD_AT, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
