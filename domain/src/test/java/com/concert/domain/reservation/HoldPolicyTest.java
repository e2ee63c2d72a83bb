package com.concert.domain.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HoldPolicyTest {

  static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  static final HoldPolicy POLICY = new HoldPolicy(Duration.ofSeconds(90), 2);

  @ParameterizedTest
  @ValueSource(ints = {0, 1})
  void belowTheLimitTheNextHoldLastsTheTimeToLive(int liveHolds) {
    assertThat(POLICY.periodOfNextHold(liveHolds, NOW))
        .isEqualTo(new HoldPeriod(NOW, NOW.plusSeconds(90)));
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 100})
  void atOrAboveTheLimitThereIsNoNextHold(int liveHolds) {
    assertThatThrownBy(() -> POLICY.periodOfNextHold(liveHolds, NOW))
        .isInstanceOf(HoldLimitReachedException.class)
        .hasMessageContaining("at most 2 seats");
  }

  @ParameterizedTest
  @ValueSource(strings = {"PT0S", "-PT1S"})
  void aHoldLastsAPositiveTime(String ttl) {
    assertThatThrownBy(() -> new HoldPolicy(Duration.parse(ttl), 4))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1})
  void aUserMayHoldAtLeastOneSeat(int max) {
    assertThatThrownBy(() -> new HoldPolicy(Duration.ofMinutes(5), max))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
