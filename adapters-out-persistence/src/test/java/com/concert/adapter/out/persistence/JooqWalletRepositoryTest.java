package com.concert.adapter.out.persistence;

import static com.concert.db.jooq.Tables.WALLET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.concert.domain.shared.Money;
import com.concert.domain.shared.UserId;
import com.concert.domain.wallet.BalanceLimitExceededException;
import com.concert.domain.wallet.InsufficientBalanceException;
import com.concert.domain.wallet.LedgerEntry;
import com.concert.domain.wallet.LedgerEntry.Kind;
import com.concert.domain.wallet.Wallet;
import com.concert.domain.wallet.WalletPolicy;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JooqWalletRepositoryTest {

  static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  static final AtomicLong users = new AtomicLong();

  static PostgresTestSupport db;
  JooqWalletRepository wallets = new JooqWalletRepository(db.dsl());
  WalletTables tables = new WalletTables(db.dsl());

  @BeforeAll
  static void start() {
    db = PostgresTestSupport.start(4);
  }

  @AfterAll
  static void stop() {
    db.close();
  }

  @Test
  void aFirstChargeOpensTheWalletAndRecordsTheEntry() {
    var user = newUser();

    var entry = credit(user, 5_000, 100_000);

    assertThat(entry.user()).isEqualTo(user);
    assertThat(entry.kind()).isEqualTo(Kind.CHARGE);
    assertThat(entry.amount()).isEqualTo(5_000);
    assertThat(entry.balanceAfter()).isEqualTo(Money.won(5_000));
    assertThat(entry.payment()).isEmpty();
    assertThat(entry.createdAt()).isEqualTo(NOW);
    assertThat(wallets.findByUser(user)).contains(new Wallet(user, Money.won(5_000)));
    assertThat(db.inTransaction(() -> wallets.findLedgerEntry(entry.id()))).contains(entry);
  }

  @Test
  void chargesAddUpAndEachEntryKeepsTheBalanceAfterIt() {
    var user = newUser();

    credit(user, 5_000, 100_000);
    var second = credit(user, 2_500, 100_000);

    assertThat(second.balanceAfter()).isEqualTo(Money.won(7_500));
    assertThat(tables.balance(user)).isEqualTo(7_500);
    assertThat(tables.ledgerSum(user)).isEqualTo(7_500);
  }

  @Test
  void aUserWhoNeverChargedHasNoWallet() {
    assertThat(wallets.findByUser(newUser())).isEmpty();
  }

  @Test
  void aCreditIsTakenByABalanceUpToTheBoundAndRefusedAboveItWithoutAnyChange() {
    var user = newUser();
    credit(user, 4_000, 100_000);

    assertThat(credit(user, 1_000, 4_000).balanceAfter()).isEqualTo(Money.won(5_000));
    assertThatThrownBy(() -> credit(user, 1_000, 4_999))
        .isInstanceOf(BalanceLimitExceededException.class);

    assertThat(tables.balance(user)).isEqualTo(5_000);
    assertThat(tables.ledgerCount(user)).isEqualTo(2);
  }

  @Test
  void aCreditNoBalanceCanTakeOpensNoWallet() {
    var user = newUser();

    assertThatThrownBy(() -> credit(user, 1_000, -1))
        .isInstanceOf(BalanceLimitExceededException.class);

    assertThat(wallets.findByUser(user)).isEmpty();
    assertThat(tables.ledgerCount(user)).isZero();
  }

  @Test
  void theLargestLimitsFillAWalletToLongMaxValueWithoutOverflow() {
    var policy = new WalletPolicy(Money.won(Long.MAX_VALUE), Money.won(Long.MAX_VALUE));
    var user = newUser();

    charge(policy, user, Long.MAX_VALUE - 1);
    charge(policy, user, 1);
    assertThatThrownBy(() -> charge(policy, user, 1))
        .isInstanceOf(BalanceLimitExceededException.class);
    assertThatThrownBy(() -> charge(policy, user, Long.MAX_VALUE))
        .isInstanceOf(BalanceLimitExceededException.class);

    assertThat(tables.balance(user)).isEqualTo(Long.MAX_VALUE);
    assertThat(tables.ledgerSum(user)).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void aDebitTakesTheAmountForItsPaymentAndRecordsANegativeEntry() {
    var user = newUser();
    credit(user, 10_000, 100_000);

    var payment = TestPayments.create(db.dsl(), user);

    var entry = db.inTransaction(() -> wallets.debit(user, Money.won(3_000), payment, NOW));

    assertThat(entry.kind()).isEqualTo(Kind.PAYMENT);
    assertThat(entry.amount()).isEqualTo(-3_000);
    assertThat(entry.balanceAfter()).isEqualTo(Money.won(7_000));
    assertThat(entry.payment()).contains(payment);
    assertThat(tables.balance(user)).isEqualTo(7_000);
    assertThat(tables.ledgerSum(user)).isEqualTo(7_000);
  }

  @Test
  void aDebitMayEmptyTheWalletButNeverTakeMoreThanItHolds() {
    var user = newUser();
    credit(user, 3_000, 100_000);

    assertThatThrownBy(() -> debit(user, 3_001)).isInstanceOf(InsufficientBalanceException.class);
    assertThat(tables.balance(user)).isEqualTo(3_000);
    assertThat(tables.ledgerCount(user)).isEqualTo(1);

    assertThat(debit(user, 3_000).balanceAfter()).isEqualTo(Money.ZERO);
    assertThat(tables.balance(user)).isZero();
  }

  @Test
  void aUserWithoutAWalletHasNothingToDebit() {
    var user = newUser();

    assertThatThrownBy(() -> debit(user, 1)).isInstanceOf(InsufficientBalanceException.class);
    assertThat(wallets.findByUser(user)).isEmpty();
  }

  @Test
  void aDebitOfNothingIsRefused() {
    assertThatThrownBy(() -> debit(newUser(), 0)).isInstanceOf(IllegalArgumentException.class);
  }

  /** The last line of defence: even a statement that forgets the condition cannot go below 0. */
  @Test
  void theDatabaseRefusesANegativeBalance() {
    var user = newUser();
    credit(user, 100, 100_000);

    assertThatThrownBy(
            () ->
                db.dsl()
                    .update(WALLET)
                    .set(WALLET.BALANCE, WALLET.BALANCE.minus(101L))
                    .where(WALLET.USER_ID.eq(user.value()))
                    .execute())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("wallet_balance_not_negative");
    assertThat(tables.balance(user)).isEqualTo(100);
  }

  static UserId newUser() {
    return new UserId(1_000 + users.incrementAndGet());
  }

  LedgerEntry credit(UserId user, long amount, long highestBalanceBefore) {
    return db.inTransaction(
        () -> wallets.credit(user, Money.won(amount), highestBalanceBefore, NOW));
  }

  LedgerEntry charge(WalletPolicy policy, UserId user, long won) {
    var amount = policy.charge(won);
    return db.inTransaction(
        () -> wallets.credit(user, amount, policy.highestBalanceBefore(amount), NOW));
  }

  LedgerEntry debit(UserId user, long amount) {
    var payment = TestPayments.create(db.dsl(), user);
    return db.inTransaction(() -> wallets.debit(user, Money.won(amount), payment, NOW));
  }
}
