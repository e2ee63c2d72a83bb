package com.concert.domain.wallet;

import com.concert.domain.shared.Money;
import java.util.Objects;

/**
 * The limits of every wallet: a charge brings 1 to {@code maxCharge} won, and a balance never
 * exceeds {@code maxBalance}. The database settles the second rule under concurrency; this says
 * where the line is.
 */
public record WalletPolicy(Money maxCharge, Money maxBalance) {

  public WalletPolicy {
    Objects.requireNonNull(maxCharge);
    Objects.requireNonNull(maxBalance);
    if (maxCharge.isZero() || maxBalance.isZero()) {
      throw new IllegalArgumentException("the wallet limits are at least 1 won");
    }
  }

  /** The amount of a charge a client asked for, if it is 1 to {@code maxCharge} won. */
  public Money charge(long won) {
    if (won < 1 || won > maxCharge.won()) {
      throw new InvalidAmountException(won, maxCharge.won());
    }
    return Money.won(won);
  }

  /**
   * The largest balance that can take {@code credit} and stay within {@code maxBalance}. Negative
   * when the credit alone is above the limit, so that not even an empty wallet can take it. Written
   * as a difference of two amounts between 0 and {@link Long#MAX_VALUE}, it cannot overflow, where
   * {@code balance + credit <= maxBalance} could.
   */
  public long highestBalanceBefore(Money credit) {
    return maxBalance.won() - credit.won();
  }
}
