package com.concert.domain.reservation;

import com.concert.domain.shared.DomainException;
import com.concert.domain.shared.ErrorCode;
import java.time.Instant;

public class HoldExpiredException extends DomainException {

  public HoldExpiredException(ReservationId id, Instant expiredAt) {
    super(
        ErrorCode.HOLD_EXPIRED,
        "the hold of reservation " + id.value() + " expired at " + expiredAt);
  }
}
