package com.concert.domain.wallet;

import com.concert.domain.payment.PaymentId;
import com.concert.domain.shared.Money;
import com.concert.domain.shared.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One change of a wallet's balance, as the ledger keeps it: {@code amount} is signed (charges and
 * refunds add, payments take) and {@code balanceAfter} is the balance right after it.
 */
public record LedgerEntry(
    LedgerEntryId id,
    UserId user,
    Kind kind,
    long amount,
    Money balanceAfter,
    Optional<PaymentId> payment,
    Instant createdAt) {

  public enum Kind {
    /** Money the user put in. */
    CHARGE,
    /** Money a payment took. */
    PAYMENT,
    /** Money a payment gave back. */
    REFUND
  }

  public LedgerEntry {
    Objects.requireNonNull(id);
    Objects.requireNonNull(user);
    Objects.requireNonNull(kind);
    Objects.requireNonNull(balanceAfter);
    Objects.requireNonNull(payment);
    Objects.requireNonNull(createdAt);
    if (amount == 0) {
      throw new IllegalArgumentException("a ledger entry moves money");
    }
    if ((kind == Kind.PAYMENT) != (amount < 0)) {
      throw new IllegalArgumentException("only a payment takes money, not a " + kind);
    }
    if ((kind == Kind.CHARGE) != payment.isEmpty()) {
      throw new IllegalArgumentException("payments and refunds name their payment, charges none");
    }
  }

  /** The wallet as this entry left it. */
  public Wallet walletAfter() {
    return new Wallet(user, balanceAfter);
  }
}
