package com.concert.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.concert.application.port.in.AdmitWaitingUsersUseCase.Turn;
import com.concert.application.port.in.MeasureQueueUseCase.QueueSizes;
import com.concert.application.port.in.QueuePass;
import com.concert.application.port.in.QueuePass.Access;
import com.concert.application.port.out.UnitOfWork;
import com.concert.domain.fake.InMemoryWaitingQueue;
import com.concert.domain.queue.AdmissionRate;
import com.concert.domain.queue.QueuePolicy;
import com.concert.domain.queue.QueueStatus;
import com.concert.domain.queue.QueueTokenSigner;
import com.concert.domain.queue.TokenInvalidException;
import com.concert.domain.queue.TokenNonce;
import com.concert.domain.shared.UserId;
import com.concert.domain.testing.TestClock;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The queue's use cases on the in-memory queue, with a clock the tests move. */
class QueueServicesTest {

  static final Duration TTL = Duration.ofMinutes(10);

  final TestClock clock = TestClock.at("2026-12-01T10:00:00Z");
  final InMemoryWaitingQueue queue = new InMemoryWaitingQueue();
  final QueuePolicy policy = new QueuePolicy(2, TTL);
  final QueueTokenSigner signer =
      new QueueTokenSigner("a-signing-key-of-thirty-two-bytes!!".getBytes(StandardCharsets.UTF_8));
  final UnitOfWork unitOfWork =
      new UnitOfWork() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
          return work.get();
        }
      };
  final AdmitWaitingUsersService admission = new AdmitWaitingUsersService(queue, policy, clock);
  final IssueQueueTokenService issue =
      new IssueQueueTokenService(
          queue, user -> {}, signer, policy, admission, unitOfWork, new SecureRandom(), clock);
  final QueueLookup lookup = new QueueLookup(queue, signer);
  final GetQueueTokenService get = new GetQueueTokenService(lookup, policy, clock);
  final AuthenticateQueueTokenService authenticate =
      new AuthenticateQueueTokenService(lookup, policy, clock);

  @Nested
  class Issue {

    @Test
    void theFirstUsersAreActiveAtOnceUntilTheHallIsFull() {
      var first = issue.issue(new UserId(1));
      var second = issue.issue(new UserId(2));
      var third = issue.issue(new UserId(3));

      assertThat(first.status()).isEqualTo(QueueStatus.ACTIVE);
      assertThat(first.position()).isZero();
      assertThat(first.estimatedWaitSeconds()).isZero();
      assertThat(first.expiresAt()).contains(clock.instant().plus(TTL));
      assertThat(second.status()).isEqualTo(QueueStatus.ACTIVE);
      assertThat(third.status()).isEqualTo(QueueStatus.WAITING);
      assertThat(third.position()).isEqualTo(1);
      assertThat(third.expiresAt()).isEmpty();
    }

    @Test
    void aUserWithALiveTokenGetsTheSameTokenBack() {
      issue.issue(new UserId(1));
      issue.issue(new UserId(2));
      var waiting = issue.issue(new UserId(3));

      var again = issue.issue(new UserId(3));
      var activeAgain = issue.issue(new UserId(1));

      assertThat(again.token()).isEqualTo(waiting.token());
      assertThat(again.position()).isEqualTo(1);
      assertThat(activeAgain.status()).isEqualTo(QueueStatus.ACTIVE);
      assertThat(issue.issue(new UserId(4)).position()).isEqualTo(2);
    }

    @Test
    void aNewcomerDoesNotJumpTheLineWhenASlotFrees() {
      issue.issue(new UserId(1));
      issue.issue(new UserId(2));
      issue.issue(new UserId(3));
      queue.finish(new UserId(1), clock.instant());

      var newcomer = issue.issue(new UserId(4));

      assertThat(newcomer.status()).isEqualTo(QueueStatus.WAITING);
      assertThat(newcomer.position()).isEqualTo(1);
      assertThat(get.get(issue.issue(new UserId(3)).token()).status())
          .isEqualTo(QueueStatus.ACTIVE);
    }

    @Test
    void aUserWhoseTokenExpiredJoinsTheEndOfTheLineWithANewToken() {
      var first = issue.issue(new UserId(1));
      clock.advance(Duration.ofMinutes(1));
      issue.issue(new UserId(2));
      var third = issue.issue(new UserId(3));
      clock.advance(TTL.minus(Duration.ofMinutes(1)));

      var again = issue.issue(new UserId(1));

      assertThat(again.token()).isNotEqualTo(first.token());
      assertThat(again.status()).isEqualTo(QueueStatus.WAITING);
      assertThat(again.position()).isEqualTo(1);
      assertThat(get.get(third.token()).status()).isEqualTo(QueueStatus.ACTIVE);
    }
  }

  @Nested
  class Poll {

    @Test
    void aWaitingTokenSeesItsPositionAdvanceAsSlotsFree() {
      issue.issue(new UserId(1));
      issue.issue(new UserId(2));
      var third = issue.issue(new UserId(3));
      var fourth = issue.issue(new UserId(4));
      assertThat(get.get(fourth.token()).position()).isEqualTo(2);

      queue.finish(new UserId(1), clock.instant());
      admission.admit(Turn.SKIP_IF_BUSY);

      assertThat(get.get(third.token()).status()).isEqualTo(QueueStatus.ACTIVE);
      assertThat(get.get(fourth.token()).position()).isEqualTo(1);
    }

    @Test
    void theEstimateUsesTheMeasuredPaceOnceThereIsOne() {
      issue.issue(new UserId(1));
      issue.issue(new UserId(2));
      var waiting = issue.issue(new UserId(3));
      assertThat(get.get(waiting.token()).estimatedWaitSeconds()).isEqualTo(TTL.toSeconds());

      queue.recordRate(Optional.of(new AdmissionRate(0.5)), clock.instant());

      assertThat(get.get(waiting.token()).estimatedWaitSeconds()).isEqualTo(2);
    }

    @Test
    void anExpiredOrFinishedOrUnknownTokenIsInvalid() {
      var expiring = issue.issue(new UserId(1));
      var finishing = issue.issue(new UserId(2));
      queue.finish(new UserId(2), clock.instant());
      clock.advance(TTL);

      assertThatThrownBy(() -> get.get(expiring.token())).isInstanceOf(TokenInvalidException.class);
      assertThatThrownBy(() -> get.get(finishing.token()))
          .isInstanceOf(TokenInvalidException.class);
      assertThatThrownBy(() -> get.get(signer.tokenFor(TokenNonce.of(new byte[16]))))
          .isInstanceOf(TokenInvalidException.class);
      assertThatThrownBy(() -> get.get("not a token")).isInstanceOf(TokenInvalidException.class);
    }
  }

  @Nested
  class Authenticate {

    @Test
    void anActiveTokenLetsItsUserIn() {
      var token = issue.issue(new UserId(1)).token();

      assertThat(authenticate.authenticate(token))
          .isEqualTo(new QueuePass(new UserId(1), Access.ACTIVE, 0));
    }

    @Test
    void aWaitingTokenIsKnownWithItsPosition() {
      issue.issue(new UserId(1));
      issue.issue(new UserId(2));
      var token = issue.issue(new UserId(3)).token();

      assertThat(authenticate.authenticate(token))
          .isEqualTo(new QueuePass(new UserId(3), Access.WAITING, 1));
    }

    @Test
    void aFinishedTokenIsHonouredForItsGraceThenInvalid() {
      var token = issue.issue(new UserId(1)).token();
      queue.finish(new UserId(1), clock.instant());

      assertThat(authenticate.authenticate(token).access()).isEqualTo(Access.FINISHED);
      clock.advance(policy.finishedGrace());
      assertThatThrownBy(() -> authenticate.authenticate(token))
          .isInstanceOf(TokenInvalidException.class);
    }

    @Test
    void anActiveTokenPastItsExpiryIsInvalidBeforeAnySweep() {
      var token = issue.issue(new UserId(1)).token();
      clock.advance(TTL);

      assertThatThrownBy(() -> authenticate.authenticate(token))
          .isInstanceOf(TokenInvalidException.class);
    }
  }

  @Nested
  class Admission {

    @Test
    void aRoundExpiresOverdueTokensAndAdmitsTheHeadIntoTheFreedSlots() {
      issue.issue(new UserId(1));
      clock.advance(Duration.ofMinutes(1));
      issue.issue(new UserId(2));
      issue.issue(new UserId(3));
      issue.issue(new UserId(4));
      issue.issue(new UserId(5));
      clock.advance(TTL.minus(Duration.ofMinutes(1)));

      var round = admission.admit(Turn.SKIP_IF_BUSY);

      assertThat(round.ran()).isTrue();
      assertThat(round.expired()).isEqualTo(1);
      assertThat(round.admitted()).isEqualTo(1);
      assertThat(queue.countActive(clock.instant())).isEqualTo(2);
      assertThat(queue.findUnreleasedOf(new UserId(3)).orElseThrow().storedStatus())
          .isEqualTo(QueueStatus.ACTIVE);
      assertThat(queue.findUnreleasedOf(new UserId(4)).orElseThrow().storedStatus())
          .isEqualTo(QueueStatus.WAITING);
    }

    @Test
    void aFullHallAdmitsNobody() {
      issue.issue(new UserId(1));
      issue.issue(new UserId(2));
      issue.issue(new UserId(3));

      var round = admission.admit(Turn.SKIP_IF_BUSY);

      assertThat(round.admitted()).isZero();
      assertThat(queue.countActive(clock.instant())).isEqualTo(2);
    }

    @Test
    void theRoundRecordsThePaceOfReleasedSlots() {
      issue.issue(new UserId(1));
      issue.issue(new UserId(2));
      var waiting = issue.issue(new UserId(3)).token();
      clock.advance(Duration.ofSeconds(20));
      queue.finish(new UserId(1), clock.instant());
      queue.finish(new UserId(2), clock.instant());

      admission.admit(Turn.SKIP_IF_BUSY);

      assertThat(lookup.standingOf(waiting).rate()).contains(new AdmissionRate(0.1));
    }
  }

  @Nested
  class Measure {

    @Test
    void theSizesAreTheWaitingLineAndTheActiveTokensNotYetExpired() {
      var measure = new MeasureQueueService(queue, clock);
      issue.issue(new UserId(1));
      clock.advance(Duration.ofMinutes(1));
      issue.issue(new UserId(2));
      issue.issue(new UserId(3));
      issue.issue(new UserId(4));

      assertThat(measure.measure()).isEqualTo(new QueueSizes(2, 2));
      clock.advance(TTL.minus(Duration.ofMinutes(1)));
      assertThat(measure.measure()).isEqualTo(new QueueSizes(2, 1));
    }
  }
}
