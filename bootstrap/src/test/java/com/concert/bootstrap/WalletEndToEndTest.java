package com.concert.bootstrap;

import static com.concert.db.jooq.Tables.WALLET_LEDGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.concert.application.port.in.IdempotencyKey;
import com.concert.application.port.out.IdempotencyScope;
import com.concert.application.port.out.IdempotencyStore;
import com.concert.application.port.out.RequestFingerprint;
import com.concert.db.testing.Race;
import com.concert.domain.shared.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Charge, balance and Idempotency-Key over HTTP, with the default limits. */
@ServiceTest
class WalletEndToEndTest {

  static final AtomicLong users = new AtomicLong(50_000);

  @LocalServerPort int port;
  @Autowired DSLContext dsl;
  @Autowired IdempotencyStore keys;
  @Autowired Transactions tx;
  HttpApi api;
  long user = users.incrementAndGet();

  @BeforeEach
  void connect() {
    api = new HttpApi(port);
  }

  @Test
  void aUserWhoNeverChargedHasNothing() {
    var balance = api.get("/api/charge?userId=" + user);

    assertThat(balance.status()).isEqualTo(200);
    assertThat(balance.json().toString()).isEqualTo(wallet(user, 0));
  }

  @Test
  void chargesAddUpAndTheBalanceReadsTheSameInBothForms() {
    var first = charge(user, 50_000);
    var second = charge(user, 100_000);

    assertThat(first.status()).isEqualTo(200);
    assertThat(first.json().toString()).isEqualTo(wallet(user, 50_000));
    assertThat(second.json().toString()).isEqualTo(wallet(user, 150_000));
    assertThat(api.get("/api/charge?userId=" + user).json().toString())
        .isEqualTo(wallet(user, 150_000));
    var originalForm = api.send("GET", "/api/charge", "{\"id\": " + user + "}");
    assertThat(originalForm.status()).isEqualTo(200);
    assertThat(originalForm.json().toString()).isEqualTo(wallet(user, 150_000));
  }

  @Test
  void aBalanceBodyInAnotherMediaTypeIsUnsupportedAndOneWithoutAnyUserIsInvalid() {
    var unsupported =
        api.send("GET", "/api/charge", "{\"id\": " + user + "}", "Content-Type", "text/plain");
    var withoutUser = api.get("/api/charge");

    assertThat(unsupported.status()).isEqualTo(415);
    assertThat(unsupported.code()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
    assertThat(withoutUser.status()).isEqualTo(400);
    assertThat(withoutUser.code()).isEqualTo("INVALID_REQUEST");
  }

  @Test
  void anAmountOutsideOneToTheLargestChargeIsAnInvalidAmountAndChargesNothing() {
    for (var amount : new long[] {0, -5_000, 10_000_001}) {
      var refused = charge(user, amount);

      assertThat(refused.status()).as("amount %d", amount).isEqualTo(400);
      assertThat(refused.code()).isEqualTo("INVALID_AMOUNT");
    }
    assertThat(charge(user, 10_000_000).status()).isEqualTo(200);
    assertThat(balance(user)).isEqualTo(10_000_000);
  }

  @Test
  void aMalformedChargeIsAnInvalidRequest() {
    var refused = api.postRaw("/api/charge", "{\"userId\": " + user + ", \"amount\": \"500\"}");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.code()).isEqualTo("INVALID_REQUEST");
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void aRetryWithTheSameKeyAndTheSameJsonInAnotherOrderGetsTheFirstResponseAndChargesOnce() {
    var first = api.postRaw("/api/charge", body(user, 30_000), "Idempotency-Key", "retry-1");
    charge(user, 1_000);

    var retry =
        api.postRaw(
            "/api/charge",
            "{ \"amount\" : 30000 ,\n \"userId\" : " + user + " }",
            "Idempotency-Key",
            "retry-1");

    assertThat(first.status()).isEqualTo(200);
    assertThat(retry.status()).isEqualTo(200);
    assertThat(retry.text()).isEqualTo(first.text());
    assertThat(retry.json().toString()).isEqualTo(wallet(user, 30_000));
    assertThat(balance(user)).isEqualTo(31_000);
    assertThat(ledgerEntries(user)).isEqualTo(2);
  }

  @Test
  void theSameKeyWithAnotherBodyIsRefusedAndChangesNothing() {
    api.postRaw("/api/charge", body(user, 30_000), "Idempotency-Key", "reuse-1");

    var reused = api.postRaw("/api/charge", body(user, 30_001), "Idempotency-Key", "reuse-1");

    assertThat(reused.status()).isEqualTo(422);
    assertThat(reused.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    assertThat(balance(user)).isEqualTo(30_000);
    assertThat(ledgerEntries(user)).isEqualTo(1);
  }

  @Test
  void aKeyIsScopedToTheUser() {
    var other = users.incrementAndGet();

    api.postRaw("/api/charge", body(user, 1_000), "Idempotency-Key", "shared");
    var others = api.postRaw("/api/charge", body(other, 2_000), "Idempotency-Key", "shared");

    assertThat(others.status()).isEqualTo(200);
    assertThat(balance(user)).isEqualTo(1_000);
    assertThat(balance(other)).isEqualTo(2_000);
  }

  @Test
  void anInvalidKeyIsAnInvalidRequestAndChargesNothing() {
    for (var key : new String[] {"has space", "k".repeat(256)}) {
      var refused = api.postRaw("/api/charge", body(user, 1_000), "Idempotency-Key", key);

      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.code()).isEqualTo("INVALID_REQUEST");
    }
    assertThat(balance(user)).isZero();
  }

  /**
   * Twelve identical requests with one key, released at once: the first performs the charge, the
   * others wait for it and replay its response (or, past the wait, are told it is still running).
   * Never a second charge.
   */
  @Test
  void twelveConcurrentRequestsWithOneKeyChargeOnce() {
    var outcomes =
        Race.run(
            12,
            i -> () -> api.postRaw("/api/charge", body(user, 7_000), "Idempotency-Key", "race-1"));

    assertThat(outcomes).allMatch(Race.Outcome::succeeded);
    assertThat(outcomes)
        .allSatisfy(
            outcome -> {
              var response = outcome.value();
              if (response.status() == 200) {
                assertThat(response.json().toString()).isEqualTo(wallet(user, 7_000));
              } else {
                assertThat(response.status()).isEqualTo(409);
                assertThat(response.code()).isEqualTo("IDEMPOTENCY_IN_PROGRESS");
              }
            });
    assertThat(outcomes).anyMatch(outcome -> outcome.value().status() == 200);
    assertThat(balance(user)).isEqualTo(7_000);
    assertThat(ledgerEntries(user)).isEqualTo(1);
  }

  /**
   * A request holds the key in an open transaction (as a slow first request would) while its retry
   * arrives: the retry waits the bounded time, then is told the first is still running, and charges
   * nothing. Once the first has rolled back, the key is free.
   */
  @Test
  void aRetryWhileTheFirstRequestStillRunsIsToldSoAndChargesNothing() throws Exception {
    var claimed = new CountDownLatch(1);
    var release = new CountDownLatch(1);
    var thread = Executors.newSingleThreadExecutor();
    try {
      var first =
          thread.submit(() -> tx.inTransaction(() -> holdKeyThenFail("slow-1", claimed, release)));
      assertThat(claimed.await(30, TimeUnit.SECONDS)).isTrue();

      var retry = api.postRaw("/api/charge", body(user, 4_000), "Idempotency-Key", "slow-1");

      release.countDown();
      assertThat(retry.status()).isEqualTo(409);
      assertThat(retry.code()).isEqualTo("IDEMPOTENCY_IN_PROGRESS");
      assertThatThrownBy(() -> first.get(30, TimeUnit.SECONDS))
          .hasRootCauseMessage("the slow first request failed");
      assertThat(balance(user)).isZero();
    } finally {
      release.countDown();
      thread.shutdownNow();
    }
    var later = api.postRaw("/api/charge", body(user, 4_000), "Idempotency-Key", "slow-1");
    assertThat(later.status()).isEqualTo(200);
    assertThat(balance(user)).isEqualTo(4_000);
  }

  @Test
  void theWalletEndpointsTakeNoQueueToken() {
    assertThat(charge(user, 500).status()).isEqualTo(200);
    assertThat(api.get("/api/charge?userId=" + user).status()).isEqualTo(200);
  }

  HttpApi.Response charge(long userId, long amount) {
    return api.post("/api/charge", Map.of("userId", userId, "amount", amount));
  }

  long balance(long userId) {
    return api.get("/api/charge?userId=" + userId).json().get("amount").asLong();
  }

  int ledgerEntries(long userId) {
    return dsl.fetchCount(WALLET_LEDGER, WALLET_LEDGER.USER_ID.eq(userId));
  }

  /** A first request that claims the key, runs until released, then fails and rolls back. */
  void holdKeyThenFail(String key, CountDownLatch claimed, CountDownLatch release) {
    keys.claim(
        new IdempotencyScope("POST /api/charge", new UserId(user)),
        new IdempotencyKey(key),
        RequestFingerprint.of(Map.of("userId", user, "amount", 4_000L)),
        Instant.now());
    claimed.countDown();
    try {
      release.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    throw new IllegalStateException("the slow first request failed");
  }

  static String body(long userId, long amount) {
    return "{\"userId\": " + userId + ", \"amount\": " + amount + "}";
  }

  static String wallet(long userId, long amount) {
    return "{\"userId\":" + userId + ",\"amount\":" + amount + "}";
  }
}
