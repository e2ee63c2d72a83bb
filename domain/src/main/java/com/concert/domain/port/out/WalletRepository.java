package com.concert.domain.port.out;

import com.concert.domain.payment.PaymentId;
import com.concert.domain.shared.Money;
import com.concert.domain.shared.UserId;
import com.concert.domain.wallet.BalanceLimitExceededException;
import com.concert.domain.wallet.InsufficientBalanceException;
import com.concert.domain.wallet.LedgerEntry;
import com.concert.domain.wallet.LedgerEntryId;
import com.concert.domain.wallet.Wallet;
import java.time.Instant;
import java.util.Optional;

/**
 * The wallets and their ledger. Each change of a balance is atomic, on any number of instances: it
 * is decided against the balance at that moment, never against one read earlier, and writes its
 * ledger entry with it, so no concurrent change is lost and the balance always equals the sum of
 * the ledger.
 */
public interface WalletRepository {

  /** The user's wallet; empty for a user who never charged. */
  Optional<Wallet> findByUser(UserId user);

  Optional<LedgerEntry> findLedgerEntry(LedgerEntryId id);

  /**
   * Adds {@code amount} to the user's balance and records a {@code CHARGE} entry, if the balance
   * before is at most {@code highestBalanceBefore}. A user without a wallet gets one, counted as
   * holding nothing before.
   *
   * @throws BalanceLimitExceededException when the balance is above {@code highestBalanceBefore};
   *     nothing changes
   */
  LedgerEntry credit(UserId user, Money amount, long highestBalanceBefore, Instant now);

  /**
   * Takes {@code amount}, which is more than nothing, from the user's balance for the payment and
   * records a {@code PAYMENT} entry, if the wallet holds at least that much.
   *
   * @throws InsufficientBalanceException when it holds less; nothing changes
   */
  LedgerEntry debit(UserId user, Money amount, PaymentId payment, Instant now);
}
