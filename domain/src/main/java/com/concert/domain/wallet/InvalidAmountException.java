package com.concert.domain.wallet;

import com.concert.domain.shared.DomainException;
import com.concert.domain.shared.ErrorCode;

/**
 * A charge of nothing, of a negative amount, or of more than one charge may bring; or a payment
 * amount that is not a positive number of won.
 */
public class InvalidAmountException extends DomainException {

  public InvalidAmountException(String message) {
    super(ErrorCode.INVALID_AMOUNT, message);
  }

  public InvalidAmountException(long won, long maxCharge) {
    super(ErrorCode.INVALID_AMOUNT, "a charge is 1 to " + maxCharge + " won, not " + won);
  }
}
