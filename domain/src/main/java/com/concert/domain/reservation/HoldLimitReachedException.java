package com.concert.domain.reservation;

import com.concert.domain.shared.DomainException;
import com.concert.domain.shared.ErrorCode;

public class HoldLimitReachedException extends DomainException {

  public HoldLimitReachedException(int maxHoldsPerUser) {
    super(
        ErrorCode.HOLD_LIMIT_REACHED,
        "a user may hold at most " + maxHoldsPerUser + " seats at once");
  }
}
