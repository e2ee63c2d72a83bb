package com.concert.domain.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.concert.domain.port.out.WaitingQueue;
import com.concert.domain.queue.AdmissionRate;
import com.concert.domain.queue.QueueStanding;
import com.concert.domain.queue.QueueStatus;
import com.concert.domain.queue.TokenHash;
import com.concert.domain.queue.TokenNonce;
import com.concert.domain.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WaitingQueue} does, checked against each implementation: the in-memory fake the
 * use-case tests run on, and the PostgreSQL adapter the service runs on. Each test starts from an
 * empty queue.
 */
public abstract class WaitingQueueContract {

  protected static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
  protected static final Duration TTL = Duration.ofMinutes(10);

  /** The queue under test, empty at the start of each test. */
  protected abstract WaitingQueue queue();

  /** Runs one step as the service would: in a transaction of its own. */
  protected abstract <T> T inTransaction(Supplier<T> work);

  protected static TokenNonce nonce(int seed) {
    var bytes = new byte[TokenNonce.LENGTH];
    bytes[0] = (byte) seed;
    bytes[1] = (byte) (seed >> 8);
    return TokenNonce.of(bytes);
  }

  protected static TokenHash hash(int seed) {
    var bytes = new byte[TokenHash.LENGTH];
    bytes[0] = (byte) seed;
    bytes[1] = (byte) (seed >> 8);
    bytes[31] = 1;
    return TokenHash.of(bytes);
  }

  private QueueStanding join(int user) {
    return inTransaction(() -> queue().join(new UserId(user), nonce(user), hash(user), T0));
  }

  private QueueStanding standing(int user) {
    return inTransaction(() -> queue().findStanding(hash(user))).orElseThrow();
  }

  private int admit(int count, Instant now) {
    return inTransaction(() -> queue().admitNext(count, now, now.plus(TTL))).size();
  }

  @Test
  void joiningPutsTokensAtTheEndOfTheLine() {
    var first = join(1);
    var second = join(2);
    var third = join(3);

    assertThat(first.position()).isEqualTo(1);
    assertThat(second.position()).isEqualTo(2);
    assertThat(third.position()).isEqualTo(3);
    assertThat(third.token().storedStatus()).isEqualTo(QueueStatus.WAITING);
    assertThat(third.token().user()).isEqualTo(new UserId(3));
    assertThat(third.token().nonce()).isEqualTo(nonce(3));
    assertThat(standing(2).position()).isEqualTo(2);
  }

  @Test
  void admissionTakesTheLongestWaitingAndMovesEveryoneUp() {
    for (int user = 1; user <= 5; user++) {
      join(user);
    }

    var admitted = inTransaction(() -> queue().admitNext(2, T0, T0.plus(TTL)));

    assertThat(admitted)
        .containsExactly(standing(1).token().ticket(), standing(2).token().ticket());
    assertThat(standing(1).token().storedStatus()).isEqualTo(QueueStatus.ACTIVE);
    assertThat(standing(1).position()).isZero();
    assertThat(standing(1).token().expiresAt()).contains(T0.plus(TTL));
    assertThat(standing(3).position()).isEqualTo(1);
    assertThat(standing(5).position()).isEqualTo(3);
    assertThat(join(6).position()).isEqualTo(4);
  }

  @Test
  void admittingMoreThanWaitAdmitsEveryoneWaiting() {
    join(1);
    join(2);

    assertThat(admit(10, T0)).isEqualTo(2);
    assertThat(admit(10, T0)).isZero();
  }

  @Test
  void theWaitingAreCountedUntilTheyAreAdmitted() {
    assertThat(inTransaction(() -> queue().countWaiting())).isZero();
    join(1);
    join(2);
    join(3);
    assertThat(inTransaction(() -> queue().countWaiting())).isEqualTo(3);

    admit(2, T0);

    assertThat(inTransaction(() -> queue().countWaiting())).isEqualTo(1);
    admit(5, T0);
    assertThat(inTransaction(() -> queue().countWaiting())).isZero();
  }

  @Test
  void activeTokensCountUntilTheirExpiry() {
    join(1);
    join(2);
    admit(1, T0);
    admit(1, T0.plusSeconds(60));

    assertThat(inTransaction(() -> queue().countActive(T0.plus(TTL).minusSeconds(1)))).isEqualTo(2);
    assertThat(inTransaction(() -> queue().countActive(T0.plus(TTL)))).isEqualTo(1);
    assertThat(inTransaction(() -> queue().countActive(T0.plus(TTL).plusSeconds(60)))).isZero();
  }

  @Test
  void overdueTokensAreExpiredAtTheirExpiryAndGiveTheirSlotBack() {
    join(1);
    join(2);
    admit(1, T0);
    admit(1, T0.plusSeconds(60));
    var later = T0.plus(TTL).plusSeconds(30);

    assertThat(inTransaction(() -> queue().expireOverdue(later))).isEqualTo(1);
    assertThat(inTransaction(() -> queue().expireOverdue(later))).isZero();
    assertThat(standing(1).token().storedStatus()).isEqualTo(QueueStatus.EXPIRED);
    assertThat(standing(2).token().storedStatus()).isEqualTo(QueueStatus.ACTIVE);
    assertThat(inTransaction(() -> queue().countReleasedSince(T0.plus(TTL).minusSeconds(1))))
        .isEqualTo(1);
    assertThat(inTransaction(() -> queue().countReleasedSince(T0.plus(TTL)))).isZero();
    assertThat(inTransaction(() -> queue().findUnreleasedOf(new UserId(1)))).isEmpty();
  }

  @Test
  void finishingGivesTheSlotBackOnce() {
    join(1);
    join(2);
    admit(1, T0);
    var now = T0.plusSeconds(90);

    assertThat(inTransaction(() -> queue().finish(new UserId(1), now))).isTrue();
    assertThat(inTransaction(() -> queue().finish(new UserId(1), now))).isFalse();
    assertThat(inTransaction(() -> queue().finish(new UserId(2), now))).isFalse();
    assertThat(standing(1).token().storedStatus()).isEqualTo(QueueStatus.FINISHED);
    assertThat(standing(1).token().isHonouredAfterFinishingAt(now, TTL)).isTrue();
    assertThat(inTransaction(() -> queue().countActive(now))).isZero();
    assertThat(inTransaction(() -> queue().countReleasedSince(now.minusSeconds(1)))).isEqualTo(1);
  }

  @Test
  void anExpiredTokenCannotBeFinished() {
    join(1);
    admit(1, T0);

    assertThat(inTransaction(() -> queue().finish(new UserId(1), T0.plus(TTL)))).isFalse();
  }

  @Test
  void theUnreleasedTokenOfAUserIsTheWaitingOrActiveOne() {
    join(1);
    assertThat(inTransaction(() -> queue().findUnreleasedOf(new UserId(1))))
        .hasValueSatisfying(
            token -> assertThat(token.storedStatus()).isEqualTo(QueueStatus.WAITING));
    admit(1, T0);
    var active = inTransaction(() -> queue().findUnreleasedOf(new UserId(1))).orElseThrow();
    assertThat(active.storedStatus()).isEqualTo(QueueStatus.ACTIVE);

    inTransaction(
        () -> {
          queue().markExpired(active.ticket());
          return null;
        });

    assertThat(inTransaction(() -> queue().findUnreleasedOf(new UserId(1)))).isEmpty();
    assertThat(standing(1).token().storedStatus()).isEqualTo(QueueStatus.EXPIRED);
    assertThat(inTransaction(() -> queue().findUnreleasedOf(new UserId(2)))).isEmpty();
  }

  @Test
  void aUserWhoseTokenWasReleasedMayJoinAgainAtTheEnd() {
    join(1);
    join(2);
    admit(1, T0);
    inTransaction(() -> queue().finish(new UserId(1), T0.plusSeconds(5)));

    var again =
        inTransaction(() -> queue().join(new UserId(1), nonce(101), hash(101), T0.plusSeconds(6)));

    assertThat(again.position()).isEqualTo(2);
    assertThat(again.token().ticket()).isNotEqualTo(standing(1).token().ticket());
  }

  @Test
  void theFirstAdmissionIsRemembered() {
    assertThat(inTransaction(() -> queue().firstAdmission())).isEmpty();
    join(1);
    join(2);
    admit(1, T0.plusSeconds(10));
    admit(1, T0.plusSeconds(20));

    assertThat(inTransaction(() -> queue().firstAdmission())).contains(T0.plusSeconds(10));
  }

  @Test
  void theRecordedPaceIsReportedWithEveryStanding() {
    join(1);
    assertThat(standing(1).rate()).isEmpty();

    inTransaction(
        () -> {
          queue().recordRate(Optional.of(new AdmissionRate(1.5)), T0);
          return null;
        });

    assertThat(standing(1).rate()).contains(new AdmissionRate(1.5));
    inTransaction(
        () -> {
          queue().recordRate(Optional.empty(), T0);
          return null;
        });
    assertThat(standing(1).rate()).isEmpty();
  }

  @Test
  void anUnknownHashHasNoStanding() {
    join(1);

    assertThat(inTransaction(() -> queue().findStanding(hash(999)))).isEmpty();
  }

  @Test
  void aRoundMayBeginWhenNoOtherRuns() {
    assertThat(inTransaction(() -> queue().tryBeginAdmission())).isTrue();
  }
}
