package com.concert.adapter.out.persistence;

import static com.concert.db.jooq.Tables.WALLET;
import static com.concert.db.jooq.Tables.WALLET_LEDGER;
import static org.assertj.core.api.Assertions.assertThat;

import com.concert.db.testing.Race;
import com.concert.domain.payment.PaymentId;
import com.concert.domain.shared.Money;
import com.concert.domain.shared.UserId;
import com.concert.domain.wallet.InsufficientBalanceException;
import com.concert.domain.wallet.LedgerEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Concurrent balance changes on the real database: none lost, none invented, none below 0. */
class WalletRaceTest {

  static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  static PostgresTestSupport db;
  JooqWalletRepository wallets = new JooqWalletRepository(db.dsl());

  @BeforeAll
  static void start() {
    db = PostgresTestSupport.start(16);
  }

  @AfterAll
  static void stop() {
    db.close();
  }

  /**
   * A read-then-write in Java, or a condition checked against a stale balance, would lose some of
   * the 50 increments; each entry's balance-after also shows every charge saw all earlier ones.
   */
  @Test
  void fiftyConcurrentChargesOfOneUserAddUpExactly() {
    var user = new UserId(1);

    var outcomes =
        Race.run(
            50,
            i ->
                () ->
                    db.inTransaction(
                        () -> wallets.credit(user, Money.won(1_000), Long.MAX_VALUE, NOW)));

    assertThat(outcomes).allMatch(Race.Outcome::succeeded);
    assertThat(balance(user)).isEqualTo(50_000);
    assertThat(ledgerSum(user)).isEqualTo(50_000);
    assertThat(outcomes.stream().map(outcome -> outcome.value().balanceAfter().won()))
        .containsExactlyInAnyOrderElementsOf(
            LongStream.rangeClosed(1, 50).map(n -> n * 1_000).boxed().toList());
  }

  /**
   * Four users, each with 10,000 won, receive 6 charges of 1,000 and 6 debits of 3,000 at once, all
   * interleaved: at most 5 debits can be paid (16,000 in all), so some must be refused. Whatever
   * the order, every balance is what its ledger says and none is below zero.
   */
  @Test
  void concurrentChargesAndDebitsAcrossUsersKeepEveryBalanceEqualToItsLedger() {
    var users = List.of(new UserId(11), new UserId(12), new UserId(13), new UserId(14));
    users.forEach(
        user ->
            db.inTransaction(() -> wallets.credit(user, Money.won(10_000), Long.MAX_VALUE, NOW)));

    var outcomes =
        Race.run(
            48,
            i ->
                () -> {
                  var user = users.get(i % users.size());
                  return db.inTransaction(
                      () ->
                          (i / users.size()) % 2 == 0
                              ? wallets.credit(user, Money.won(1_000), Long.MAX_VALUE, NOW)
                              : wallets.debit(user, Money.won(3_000), new PaymentId(i + 1), NOW));
                });

    assertThat(outcomes)
        .allMatch(
            outcome ->
                outcome.succeeded() || outcome.failedWith(InsufficientBalanceException.class));
    assertThat(outcomes)
        .anyMatch(outcome -> outcome.failedWith(InsufficientBalanceException.class));
    for (var user : users) {
      var paid =
          outcomes.stream()
              .filter(Race.Outcome::succeeded)
              .map(Race.Outcome::value)
              .filter(entry -> entry.user().equals(user))
              .mapToLong(LedgerEntry::amount)
              .filter(amount -> amount < 0)
              .count();
      assertThat(paid).as("debits paid for %s", user).isBetween(3L, 5L);
      assertThat(balance(user)).isEqualTo(16_000 - 3_000 * paid).isNotNegative();
      assertThat(ledgerSum(user)).isEqualTo(balance(user));
      assertThat(ledgerCount(user)).isEqualTo(1 + 6 + paid);
    }
  }

  static long balance(UserId user) {
    return db.dsl()
        .select(WALLET.BALANCE)
        .from(WALLET)
        .where(WALLET.USER_ID.eq(user.value()))
        .fetchSingle(WALLET.BALANCE);
  }

  static long ledgerSum(UserId user) {
    return db.dsl()
        .select(DSL.sum(WALLET_LEDGER.AMOUNT))
        .from(WALLET_LEDGER)
        .where(WALLET_LEDGER.USER_ID.eq(user.value()))
        .fetchSingle(0, BigDecimal.class)
        .longValueExact();
  }

  static long ledgerCount(UserId user) {
    return db.dsl().fetchCount(WALLET_LEDGER, WALLET_LEDGER.USER_ID.eq(user.value()));
  }
}
