package com.concert.domain.wallet;

import com.concert.domain.shared.DomainException;
import com.concert.domain.shared.ErrorCode;
import com.concert.domain.shared.Money;
import com.concert.domain.shared.UserId;

/** A charge that would take a balance above the largest one a wallet may hold. */
public class BalanceLimitExceededException extends DomainException {

  public BalanceLimitExceededException(UserId user, Money amount) {
    super(
        ErrorCode.BALANCE_LIMIT_EXCEEDED,
        "a charge of "
            + amount.won()
            + " won would take the balance of user "
            + user.value()
            + " above its limit");
  }
}
