package com.concert.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.concert.db.testing.Race;
import com.concert.domain.shared.Money;
import com.concert.domain.shared.UserId;
import com.concert.domain.wallet.InsufficientBalanceException;
import com.concert.domain.wallet.LedgerEntry;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Concurrent balance changes on the real database: none lost, none invented, none below 0. */
class WalletRaceTest {

  static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  static PostgresTestSupport db;
  JooqWalletRepository wallets = new JooqWalletRepository(db.dsl());
  WalletTables tables = new WalletTables(db.dsl());

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
    assertThat(tables.balance(user)).isEqualTo(50_000);
    assertThat(tables.ledgerSum(user)).isEqualTo(50_000);
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
                              : wallets.debit(
                                  user,
                                  Money.won(3_000),
                                  TestPayments.create(db.dsl(), user),
                                  NOW));
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
      assertThat(tables.balance(user)).isEqualTo(16_000 - 3_000 * paid).isNotNegative();
      assertThat(tables.ledgerSum(user)).isEqualTo(tables.balance(user));
      assertThat(tables.ledgerCount(user)).isEqualTo(1 + 6 + paid);
    }
  }
}
