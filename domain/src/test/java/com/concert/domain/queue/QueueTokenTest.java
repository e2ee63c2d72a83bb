package com.concert.domain.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.concert.domain.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class QueueTokenTest {

  static final Instant ISSUED = Instant.parse("2026-12-01T10:00:00Z");
  static final Instant ACTIVATED = ISSUED.plusSeconds(30);
  static final Instant EXPIRES = ACTIVATED.plus(Duration.ofMinutes(10));

  static QueueToken token(
      QueueStatus status, Instant activatedAt, Instant expiresAt, Instant releasedAt) {
    return QueueToken.reconstitute(
        new QueueTicket(7),
        new UserId(42),
        TokenNonce.of(new byte[16]),
        status,
        ISSUED,
        activatedAt,
        expiresAt,
        releasedAt);
  }

  @Test
  void aWaitingTokenNeverExpires() {
    var waiting = token(QueueStatus.WAITING, null, null, null);

    assertThat(waiting.statusAt(ISSUED.plus(Duration.ofDays(365)))).isEqualTo(QueueStatus.WAITING);
    assertThat(waiting.isLiveAt(ISSUED.plus(Duration.ofDays(365)))).isTrue();
  }

  @Test
  void anActiveTokenIsExpiredFromItsExpiryInstantOnBeforeAnySweep() {
    var active = token(QueueStatus.ACTIVE, ACTIVATED, EXPIRES, null);

    assertThat(active.statusAt(EXPIRES.minusNanos(1000))).isEqualTo(QueueStatus.ACTIVE);
    assertThat(active.isLiveAt(EXPIRES.minusNanos(1000))).isTrue();
    assertThat(active.statusAt(EXPIRES)).isEqualTo(QueueStatus.EXPIRED);
    assertThat(active.isLiveAt(EXPIRES)).isFalse();
    assertThat(active.storedStatus()).isEqualTo(QueueStatus.ACTIVE);
  }

  @Test
  void aFinishedTokenIsHonouredOnlyForItsGrace() {
    var finishedAt = ACTIVATED.plusSeconds(60);
    var finished = token(QueueStatus.FINISHED, ACTIVATED, EXPIRES, finishedAt);
    var grace = Duration.ofMinutes(10);

    assertThat(finished.isLiveAt(finishedAt)).isFalse();
    assertThat(finished.isHonouredAfterFinishingAt(finishedAt.plus(grace).minusNanos(1000), grace))
        .isTrue();
    assertThat(finished.isHonouredAfterFinishingAt(finishedAt.plus(grace), grace)).isFalse();
  }

  @Test
  void anExpiredTokenIsNeverHonoured() {
    var expired = token(QueueStatus.EXPIRED, ACTIVATED, EXPIRES, EXPIRES);

    assertThat(expired.isHonouredAfterFinishingAt(EXPIRES, Duration.ofDays(1))).isFalse();
    assertThat(expired.isLiveAt(ACTIVATED)).isFalse();
  }

  @Test
  void onlyAnAdmittedTokenHasAnActivationWindow() {
    assertThatThrownBy(() -> token(QueueStatus.WAITING, ACTIVATED, EXPIRES, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> token(QueueStatus.ACTIVE, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> token(QueueStatus.FINISHED, ACTIVATED, EXPIRES, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
