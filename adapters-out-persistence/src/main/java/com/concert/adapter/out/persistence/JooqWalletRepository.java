package com.concert.adapter.out.persistence;

import static com.concert.db.jooq.Tables.WALLET;
import static com.concert.db.jooq.Tables.WALLET_LEDGER;

import com.concert.db.jooq.tables.records.WalletLedgerRecord;
import com.concert.domain.payment.PaymentId;
import com.concert.domain.port.out.WalletRepository;
import com.concert.domain.shared.Money;
import com.concert.domain.shared.UserId;
import com.concert.domain.wallet.BalanceLimitExceededException;
import com.concert.domain.wallet.InsufficientBalanceException;
import com.concert.domain.wallet.LedgerEntry;
import com.concert.domain.wallet.LedgerEntry.Kind;
import com.concert.domain.wallet.LedgerEntryId;
import com.concert.domain.wallet.Wallet;
import java.time.Instant;
import java.util.Optional;
import org.jooq.CommonTableExpression;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Each change of a balance is one statement: a conditional write of the wallet row, decided by
 * PostgreSQL against the row's current balance under its row lock, and the ledger entry inserted
 * from what that write returned (a data-modifying CTE). A balance is never read into Java and
 * written back, so concurrent changes queue on the row and none is lost.
 */
public class JooqWalletRepository implements WalletRepository {

  private final DSLContext dsl;

  public JooqWalletRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public Optional<Wallet> findByUser(UserId user) {
    return dsl.selectFrom(WALLET)
        .where(WALLET.USER_ID.eq(user.value()))
        .fetchOptional()
        .map(row -> new Wallet(new UserId(row.getUserId()), Money.won(row.getBalance())));
  }

  @Override
  public Optional<LedgerEntry> findLedgerEntry(LedgerEntryId id) {
    return dsl.selectFrom(WALLET_LEDGER)
        .where(WALLET_LEDGER.ID.eq(id.value()))
        .fetchOptional()
        .map(JooqWalletRepository::toEntry);
  }

  /**
   * {@code INSERT ... ON CONFLICT DO UPDATE ... WHERE balance <= :highestBalanceBefore}: a new
   * wallet starts at the amount, an existing one grows only while the condition holds on its
   * current balance. The condition compares with a precomputed bound instead of adding, so nothing
   * overflows even at the largest limits.
   */
  @Override
  public LedgerEntry credit(UserId user, Money amount, long highestBalanceBefore, Instant now) {
    if (highestBalanceBefore < 0) {
      throw new BalanceLimitExceededException(user, amount);
    }
    CommonTableExpression<?> credited =
        DSL.name("credited")
            .as(
                DSL.insertInto(WALLET, WALLET.USER_ID, WALLET.BALANCE, WALLET.UPDATED_AT)
                    .values(user.value(), amount.won(), now)
                    .onConflict(WALLET.USER_ID)
                    .doUpdate()
                    .set(WALLET.BALANCE, WALLET.BALANCE.plus(DSL.excluded(WALLET.BALANCE)))
                    .set(WALLET.UPDATED_AT, DSL.excluded(WALLET.UPDATED_AT))
                    .where(WALLET.BALANCE.le(highestBalanceBefore))
                    .returning(WALLET.USER_ID, WALLET.BALANCE));
    return record(credited, Kind.CHARGE, amount.won(), null, now)
        .orElseThrow(() -> new BalanceLimitExceededException(user, amount));
  }

  /** {@code UPDATE wallet SET balance = balance - :amount WHERE balance >= :amount}. */
  @Override
  public LedgerEntry debit(UserId user, Money amount, PaymentId payment, Instant now) {
    if (amount.isZero()) {
      throw new IllegalArgumentException("a debit takes more than nothing");
    }
    CommonTableExpression<?> debited =
        DSL.name("debited")
            .as(
                DSL.update(WALLET)
                    .set(WALLET.BALANCE, WALLET.BALANCE.minus(amount.won()))
                    .set(WALLET.UPDATED_AT, now)
                    .where(WALLET.USER_ID.eq(user.value()))
                    .and(WALLET.BALANCE.ge(amount.won()))
                    .returning(WALLET.USER_ID, WALLET.BALANCE));
    return record(debited, Kind.PAYMENT, -amount.won(), payment.value(), now)
        .orElseThrow(() -> new InsufficientBalanceException(user, amount));
  }

  /** Inserts the ledger entry of the wallet row {@code changed} returned, if it returned one. */
  private Optional<LedgerEntry> record(
      CommonTableExpression<?> changed, Kind kind, long amount, Long paymentId, Instant now) {
    return dsl.with(changed)
        .insertInto(
            WALLET_LEDGER,
            WALLET_LEDGER.USER_ID,
            WALLET_LEDGER.KIND,
            WALLET_LEDGER.AMOUNT,
            WALLET_LEDGER.BALANCE_AFTER,
            WALLET_LEDGER.PAYMENT_ID,
            WALLET_LEDGER.CREATED_AT)
        .select(
            DSL.select(
                    changed.field(WALLET.USER_ID),
                    DSL.val(kind.name()),
                    DSL.val(amount),
                    changed.field(WALLET.BALANCE),
                    DSL.val(paymentId, WALLET_LEDGER.PAYMENT_ID),
                    DSL.val(now, WALLET_LEDGER.CREATED_AT))
                .from(changed))
        .returning()
        .fetchOptional()
        .map(JooqWalletRepository::toEntry);
  }

  private static LedgerEntry toEntry(WalletLedgerRecord row) {
    return new LedgerEntry(
        new LedgerEntryId(row.getId()),
        new UserId(row.getUserId()),
        Kind.valueOf(row.getKind()),
        row.getAmount(),
        Money.won(row.getBalanceAfter()),
        Optional.ofNullable(row.getPaymentId()).map(PaymentId::new),
        row.getCreatedAt());
  }
}
