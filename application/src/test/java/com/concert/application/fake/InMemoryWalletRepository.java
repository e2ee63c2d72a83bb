package com.concert.application.fake;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Wallets in memory, for use cases tested without a database; one thread at a time. */
public class InMemoryWalletRepository implements WalletRepository {

  private final Map<UserId, Money> balances = new HashMap<>();
  private final List<LedgerEntry> ledger = new ArrayList<>();

  @Override
  public Optional<Wallet> findByUser(UserId user) {
    return Optional.ofNullable(balances.get(user)).map(balance -> new Wallet(user, balance));
  }

  @Override
  public Optional<LedgerEntry> findLedgerEntry(LedgerEntryId id) {
    return ledger.stream().filter(entry -> entry.id().equals(id)).findFirst();
  }

  @Override
  public LedgerEntry credit(UserId user, Money amount, long highestBalanceBefore, Instant now) {
    var before = balances.getOrDefault(user, Money.ZERO);
    if (before.won() > highestBalanceBefore) {
      throw new BalanceLimitExceededException(user, amount);
    }
    return record(user, Kind.CHARGE, amount.won(), before.plus(amount), Optional.empty(), now);
  }

  @Override
  public LedgerEntry debit(UserId user, Money amount, PaymentId payment, Instant now) {
    var before = balances.getOrDefault(user, Money.ZERO);
    if (amount.isGreaterThan(before)) {
      throw new InsufficientBalanceException(user, amount);
    }
    return record(
        user,
        Kind.PAYMENT,
        -amount.won(),
        Money.won(before.won() - amount.won()),
        Optional.of(payment),
        now);
  }

  public List<LedgerEntry> ledgerOf(UserId user) {
    return ledger.stream().filter(entry -> entry.user().equals(user)).toList();
  }

  private LedgerEntry record(
      UserId user, Kind kind, long amount, Money after, Optional<PaymentId> payment, Instant now) {
    var entry =
        new LedgerEntry(
            new LedgerEntryId(ledger.size() + 1), user, kind, amount, after, payment, now);
    balances.put(user, after);
    ledger.add(entry);
    return entry;
  }
}
