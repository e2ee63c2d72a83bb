package com.concert.domain.wallet;

import com.concert.domain.shared.DomainException;
import com.concert.domain.shared.ErrorCode;
import com.concert.domain.shared.Money;
import com.concert.domain.shared.UserId;

/** A payment that asks for more than the wallet holds: a balance never goes below zero. */
public class InsufficientBalanceException extends DomainException {

  public InsufficientBalanceException(UserId user, Money amount) {
    super(
        ErrorCode.INSUFFICIENT_BALANCE,
        "the wallet of user " + user.value() + " holds less than " + amount.won() + " won");
  }
}
