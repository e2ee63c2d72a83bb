package com.concert.domain.payment;

import com.concert.domain.shared.DomainException;
import com.concert.domain.shared.ErrorCode;
import com.concert.domain.shared.Money;

/** The amount a client says it pays is not the total of what it pays for. */
public class AmountMismatchException extends DomainException {

  public AmountMismatchException(Money claimed, Money due) {
    super(
        ErrorCode.AMOUNT_MISMATCH,
        "the amount " + claimed.won() + " is not the total due, " + due.won());
  }
}
