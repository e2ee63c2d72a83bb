package com.concert.adapter.out.persistence;

import static com.concert.db.jooq.Tables.IDEMPOTENCY_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.concert.application.port.in.IdempotencyKey;
import com.concert.application.port.out.IdempotencyScope;
import com.concert.application.port.out.IdempotencyStore.Claim;
import com.concert.application.port.out.RequestFingerprint;
import com.concert.db.testing.Race;
import com.concert.domain.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JooqIdempotencyStoreTest {

  static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  static final RequestFingerprint REQUEST = RequestFingerprint.of(Map.of("amount", 500L));
  static final AtomicLong users = new AtomicLong();

  static PostgresTestSupport db;
  JooqIdempotencyStore store = new JooqIdempotencyStore(db.dsl(), Duration.ofSeconds(30));
  ExecutorService threads = Executors.newFixedThreadPool(2);

  IdempotencyScope scope = new IdempotencyScope("POST /api/charge", newUser());
  IdempotencyKey key = new IdempotencyKey("key-1");

  @BeforeAll
  static void start() {
    db = PostgresTestSupport.start(16);
  }

  @AfterAll
  static void stop() {
    db.close();
  }

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  @Test
  void aCompletedKeyIsFoundWithItsRequestAndResult() {
    assertThat(claimAndComplete(REQUEST, 77)).isEqualTo(new Claim.Won());

    assertThat(claim(REQUEST)).isEqualTo(new Claim.Completed(REQUEST, 77));
  }

  @Test
  void aClaimThatRolledBackLeftNoTrace() {
    assertThatThrownBy(
            () ->
                db.inTransaction(
                    () -> {
                      store.claim(scope, key, REQUEST, NOW);
                      throw new IllegalStateException("the effect failed");
                    }))
        .hasMessage("the effect failed");

    assertThat(keysOf(scope)).isZero();
    assertThat(claimAndComplete(REQUEST, 78)).isEqualTo(new Claim.Won());
  }

  @Test
  void aKeyBelongsToOneEndpointAndOneUser() {
    claimAndComplete(REQUEST, 1);

    var otherUser = new IdempotencyScope(scope.endpoint(), newUser());
    var otherEndpoint = new IdempotencyScope("POST /api/payment", scope.user());

    assertThat(db.inTransaction(() -> store.claim(otherUser, key, REQUEST, NOW)))
        .isEqualTo(new Claim.Won());
    assertThat(db.inTransaction(() -> store.claim(otherEndpoint, key, REQUEST, NOW)))
        .isEqualTo(new Claim.Won());
  }

  @Test
  void aDuplicateWaitsForTheFirstAndFindsItsResultOnceItCommits() throws Exception {
    var first = holdClaim(() -> 90L);
    var duplicate = threads.submit(() -> claim(REQUEST));
    awaitBlockedOnALock();

    first.release();

    assertThat(first.outcome().get(30, TimeUnit.SECONDS)).isEqualTo(90L);
    assertThat(duplicate.get(30, TimeUnit.SECONDS)).isEqualTo(new Claim.Completed(REQUEST, 90));
  }

  @Test
  void aDuplicateTakesTheKeyWhenTheFirstRollsBack() throws Exception {
    var first =
        holdClaim(
            () -> {
              throw new IllegalStateException("the effect failed");
            });
    var duplicate = threads.submit(() -> claim(REQUEST));
    awaitBlockedOnALock();

    first.release();

    assertThatThrownBy(() -> first.outcome().get(30, TimeUnit.SECONDS))
        .hasCauseInstanceOf(IllegalStateException.class);
    assertThat(duplicate.get(30, TimeUnit.SECONDS)).isEqualTo(new Claim.Won());
  }

  @Test
  void aDuplicateThatWaitedTooLongFindsTheFirstStillRunning() throws Exception {
    var impatient = new JooqIdempotencyStore(db.dsl(), Duration.ofMillis(50));
    var first = holdClaim(() -> 91L);

    var duplicate = db.inTransaction(() -> impatient.claim(scope, key, REQUEST, NOW));

    first.release();
    assertThat(duplicate).isEqualTo(new Claim.StillRunning());
    assertThat(first.outcome().get(30, TimeUnit.SECONDS)).isEqualTo(91L);
    assertThat(claim(REQUEST)).isEqualTo(new Claim.Completed(REQUEST, 91));
  }

  /** The wait bound is for the claim only: the effect after it may wait on its rows as usual. */
  @Test
  void theClaimLeavesTheTransactionsLockTimeoutAsItWas() {
    var after =
        db.inTransaction(
            () -> {
              db.dsl().execute("set local lock_timeout = '7s'");
              store.claim(scope, key, REQUEST, NOW);
              return db.dsl().resultQuery("show lock_timeout").fetchSingle(0, String.class);
            });

    assertThat(after).isEqualTo("7s");
  }

  @Test
  void ofTwelveConcurrentClaimsOfOneKeyExactlyOneWins() {
    var outcomes =
        Race.run(
            12,
            i ->
                () ->
                    db.inTransaction(
                        () -> {
                          var claim = store.claim(scope, key, REQUEST, NOW);
                          if (claim instanceof Claim.Won) {
                            store.complete(scope, key, 500);
                          }
                          return claim;
                        }));

    assertThat(outcomes).allMatch(Race.Outcome::succeeded);
    assertThat(outcomes).filteredOn(outcome -> outcome.value() instanceof Claim.Won).hasSize(1);
    assertThat(outcomes)
        .filteredOn(outcome -> !(outcome.value() instanceof Claim.Won))
        .allMatch(outcome -> outcome.value().equals(new Claim.Completed(REQUEST, 500)))
        .hasSize(11);
    assertThat(keysOf(scope)).isEqualTo(1);
  }

  @Test
  void onlyKeysClaimedBeforeTheCutoffAreForgotten() {
    var old = new IdempotencyKey("old");
    var recent = new IdempotencyKey("recent");
    db.inTransaction(
        () -> {
          store.claim(scope, old, REQUEST, NOW.minus(Duration.ofHours(25)));
          store.complete(scope, old, 1);
          store.claim(scope, recent, REQUEST, NOW.minus(Duration.ofHours(23)));
          store.complete(scope, recent, 2);
        });

    var forgotten =
        db.inTransaction(() -> store.forgetClaimedBefore(NOW.minus(Duration.ofHours(24))));

    assertThat(forgotten).isGreaterThanOrEqualTo(1);
    assertThat(db.inTransaction(() -> store.claim(scope, old, REQUEST, NOW)))
        .isEqualTo(new Claim.Won());
    assertThat(db.inTransaction(() -> store.claim(scope, recent, REQUEST, NOW)))
        .isEqualTo(new Claim.Completed(REQUEST, 2));
  }

  @Test
  void completingAKeyThatWasNeverClaimedIsAnError() {
    assertThatThrownBy(() -> db.inTransaction(() -> store.complete(scope, key, 1)))
        .isInstanceOf(IllegalStateException.class);
  }

  /** A first request that claimed the key and waits to be released before it finishes. */
  HeldTransaction<Long> holdClaim(Supplier<Long> effect) throws InterruptedException {
    return HeldTransaction.start(
        db,
        threads,
        stopHere -> {
          assertThat(store.claim(scope, key, REQUEST, NOW)).isEqualTo(new Claim.Won());
          stopHere.run();
          var resultId = effect.get();
          store.complete(scope, key, resultId);
          return resultId;
        });
  }

  Claim claim(RequestFingerprint request) {
    return db.inTransaction(() -> store.claim(scope, key, request, NOW));
  }

  Claim claimAndComplete(RequestFingerprint request, long resultId) {
    return db.inTransaction(
        () -> {
          var claim = store.claim(scope, key, request, NOW);
          store.complete(scope, key, resultId);
          return claim;
        });
  }

  /** Returns once another session of this test's database waits on a lock. */
  static void awaitBlockedOnALock() throws InterruptedException {
    for (int attempt = 0; attempt < 3_000; attempt++) {
      var waiting =
          db.dsl()
              .resultQuery(
                  "select count(*) from pg_stat_activity"
                      + " where datname = current_database() and wait_event_type = 'Lock'")
              .fetchSingle(0, Integer.class);
      if (waiting > 0) {
        return;
      }
      Thread.sleep(10);
    }
    throw new AssertionError("no session started waiting on the claimed key");
  }

  static int keysOf(IdempotencyScope scope) {
    return db.dsl()
        .fetchCount(
            IDEMPOTENCY_KEY,
            IDEMPOTENCY_KEY
                .SCOPE
                .eq(scope.endpoint())
                .and(IDEMPOTENCY_KEY.USER_ID.eq(scope.user().value())));
  }

  static UserId newUser() {
    return new UserId(2_000 + users.incrementAndGet());
  }
}
