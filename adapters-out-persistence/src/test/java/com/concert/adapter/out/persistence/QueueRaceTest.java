package com.concert.adapter.out.persistence;

import static com.concert.db.jooq.Tables.QUEUE_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.concert.application.port.in.AdmitWaitingUsersUseCase.AdmissionRound;
import com.concert.application.port.in.AdmitWaitingUsersUseCase.Turn;
import com.concert.application.port.in.QueueTokenView;
import com.concert.application.port.out.UnitOfWork;
import com.concert.application.service.AdmitWaitingUsersService;
import com.concert.application.service.IssueQueueTokenService;
import com.concert.db.testing.Race;
import com.concert.domain.queue.QueuePolicy;
import com.concert.domain.queue.QueueStatus;
import com.concert.domain.queue.QueueTokenSigner;
import com.concert.domain.queue.TokenNonce;
import com.concert.domain.shared.UserId;
import com.concert.domain.testing.TestClock;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The queue's races on real PostgreSQL, through the same use cases and transactions the service
 * runs: many arrivals at once, one user asking many times at once, several admission rounds at once
 * (as on several instances).
 */
class QueueRaceTest {

  static final Duration TTL = Duration.ofMinutes(10);

  PostgresTestSupport db;
  TestClock clock;
  JooqWaitingQueue queue;
  QueueTokenSigner signer;

  @BeforeEach
  void start() {
    db = PostgresTestSupport.start(40);
    clock = TestClock.at("2026-12-01T10:00:00Z");
    queue = new JooqWaitingQueue(db.dsl());
    signer =
        new QueueTokenSigner(
            "a-signing-key-of-thirty-two-bytes!!".getBytes(StandardCharsets.UTF_8));
  }

  @AfterEach
  void stop() {
    db.close();
  }

  UnitOfWork unitOfWork() {
    return new UnitOfWork() {
      @Override
      public <T> T inTransaction(Supplier<T> work) {
        return db.inTransaction(work);
      }
    };
  }

  AdmitWaitingUsersService admission(int maxActive) {
    return new AdmitWaitingUsersService(queue, new QueuePolicy(maxActive, TTL), clock);
  }

  IssueQueueTokenService issuer(int maxActive) {
    var policy = new QueuePolicy(maxActive, TTL);
    var admission = admission(maxActive);
    return new IssueQueueTokenService(
        queue,
        new PostgresUserLock(db.dsl()),
        signer,
        policy,
        turn -> db.inTransaction(() -> admission.admit(turn)),
        unitOfWork(),
        new SecureRandom(),
        clock);
  }

  int activeCount() {
    return db.inTransaction(() -> queue.countActive(clock.instant()));
  }

  @Test
  void concurrentArrivalsGetDistinctGapFreePositions() {
    var issuer = issuer(1);
    assertThat(issuer.issue(new UserId(1_000)).status()).isEqualTo(QueueStatus.ACTIVE);

    var outcomes = Race.run(30, i -> () -> issuer.issue(new UserId(i + 1)));

    assertThat(outcomes).allMatch(Race.Outcome::succeeded);
    var positions = outcomes.stream().map(o -> o.value().position()).collect(Collectors.toSet());
    assertThat(positions)
        .isEqualTo(LongStream.rangeClosed(1, 30).boxed().collect(Collectors.toSet()));
    assertThat(outcomes).allMatch(o -> o.value().status() == QueueStatus.WAITING);
  }

  @Test
  void oneUserAskingManyTimesAtOnceGetsOneToken() {
    var issuer = issuer(1);
    issuer.issue(new UserId(1_000));

    var outcomes = Race.run(20, i -> () -> issuer.issue(new UserId(7)));

    assertThat(outcomes).allMatch(Race.Outcome::succeeded);
    Set<String> tokens = outcomes.stream().map(o -> o.value().token()).collect(Collectors.toSet());
    assertThat(tokens).hasSize(1);
    assertThat(outcomes).allMatch(o -> o.value().position() == 1);
    assertThat(db.dsl().fetchCount(QUEUE_TOKEN, QUEUE_TOKEN.USER_ID.eq(7L))).isEqualTo(1);
  }

  /** Without the cluster-wide guard, each concurrent round would fill the same free slots. */
  @Test
  void concurrentAdmissionRoundsNeverExceedTheActiveLimit() {
    var issuer = issuer(5);
    for (int user = 1; user <= 5; user++) {
      assertThat(issuer.issue(new UserId(user)).status()).isEqualTo(QueueStatus.ACTIVE);
    }
    for (int user = 6; user <= 60; user++) {
      assertThat(issuer.issue(new UserId(user)).status()).isEqualTo(QueueStatus.WAITING);
    }
    clock.advance(TTL);
    var admission = admission(5);

    var rounds =
        Race.run(12, i -> () -> db.inTransaction(() -> admission.admit(Turn.SKIP_IF_BUSY)));

    assertThat(rounds).allMatch(Race.Outcome::succeeded);
    assertThat(rounds.stream().mapToInt(o -> o.value().admitted()).sum()).isEqualTo(5);
    assertThat(rounds.stream().mapToInt(o -> o.value().expired()).sum()).isEqualTo(5);
    assertThat(activeCount()).isEqualTo(5);
    assertThat(queue.findUnreleasedOf(new UserId(6)).orElseThrow().storedStatus())
        .isEqualTo(QueueStatus.ACTIVE);
    assertThat(queue.findUnreleasedOf(new UserId(11)).orElseThrow().storedStatus())
        .isEqualTo(QueueStatus.WAITING);
  }

  /**
   * Arrivals and admission rounds interleave; the limit holds throughout, and every waiting token
   * still has an exact position: the waiting positions are 1..n without a gap or a repeat.
   */
  @Test
  void arrivalsDuringAdmissionKeepTheLimitAndExactPositions() {
    var issuer = issuer(10);
    var admission = admission(10);

    var outcomes =
        Race.run(
            40,
            i ->
                () -> {
                  if (i % 4 == 0) {
                    clock.advance(Duration.ofMinutes(3));
                    return db.inTransaction(() -> admission.admit(Turn.SKIP_IF_BUSY));
                  }
                  return issuer.issue(new UserId(i + 1));
                });

    assertThat(outcomes).allMatch(Race.Outcome::succeeded);
    db.inTransaction(() -> admission.admit(Turn.SKIP_IF_BUSY));
    assertThat(activeCount()).isLessThanOrEqualTo(10);
    var waiting =
        outcomes.stream()
            .filter(o -> o.value() instanceof QueueTokenView)
            .map(o -> (QueueTokenView) o.value())
            .map(view -> db.inTransaction(() -> queue.findStanding(signer.hashOf(view.token()))))
            .map(standing -> standing.orElseThrow())
            .filter(standing -> standing.token().storedStatus() == QueueStatus.WAITING)
            .map(standing -> standing.position())
            .collect(Collectors.toSet());
    assertThat(waiting)
        .isEqualTo(LongStream.rangeClosed(1, waiting.size()).boxed().collect(Collectors.toSet()));
  }

  @Test
  void theDatabaseItselfRefusesASecondLiveTokenForAUser() {
    db.inTransaction(
        () ->
            queue.join(
                new UserId(9),
                nonce(1),
                signer.hashOf(signer.tokenFor(nonce(1))),
                clock.instant()));

    assertThatThrownBy(
            () ->
                db.inTransaction(
                    () ->
                        queue.join(
                            new UserId(9),
                            nonce(2),
                            signer.hashOf(signer.tokenFor(nonce(2))),
                            clock.instant())))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("queue_token_live_user_uq");
  }

  @Test
  void aRoundFindingAnotherOneRunningSkips() throws Exception {
    var admission = admission(5);
    var pool = Executors.newSingleThreadExecutor();
    try {
      var holder =
          HeldTransaction.start(
              db,
              pool,
              stopHere -> {
                var began = queue.tryBeginAdmission();
                stopHere.run();
                return began;
              });

      AdmissionRound round = db.inTransaction(() -> admission.admit(Turn.SKIP_IF_BUSY));

      assertThat(round).isEqualTo(AdmissionRound.skipped());
      holder.release();
      assertThat(holder.outcome().get()).isTrue();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aNewcomersRoundWaitsForTheRunningOneInsteadOfSkipping() throws Exception {
    var admission = admission(5);
    var pool = Executors.newFixedThreadPool(2);
    try {
      var holder =
          HeldTransaction.start(
              db,
              pool,
              stopHere -> {
                queue.tryBeginAdmission();
                stopHere.run();
                return null;
              });

      var waiting = pool.submit(() -> db.inTransaction(() -> admission.admit(Turn.WAIT_IF_BUSY)));
      Thread.sleep(300);
      assertThat(waiting).isNotDone();
      holder.release();

      assertThat(waiting.get().ran()).isTrue();
      holder.outcome().get();
    } finally {
      pool.shutdownNow();
    }
  }

  private static TokenNonce nonce(int seed) {
    var bytes = new byte[16];
    bytes[0] = (byte) seed;
    return TokenNonce.of(bytes);
  }
}
