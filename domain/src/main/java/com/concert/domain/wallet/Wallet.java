package com.concert.domain.wallet;

import com.concert.domain.shared.Money;
import com.concert.domain.shared.UserId;
import java.util.Objects;

/**
 * What a user may spend. Its balance changes only by a {@link LedgerEntry}, so for every user the
 * balance is the sum of their ledger.
 */
public record Wallet(UserId user, Money balance) {

  public Wallet {
    Objects.requireNonNull(user);
    Objects.requireNonNull(balance);
  }

  /** The wallet of a user who never charged: it holds nothing. */
  public static Wallet empty(UserId user) {
    return new Wallet(user, Money.ZERO);
  }
}
