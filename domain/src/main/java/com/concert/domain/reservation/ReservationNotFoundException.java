package com.concert.domain.reservation;

import com.concert.domain.shared.DomainException;
import com.concert.domain.shared.ErrorCode;

/** No such reservation, or someone else's: the two are indistinguishable to the caller. */
public class ReservationNotFoundException extends DomainException {

  public ReservationNotFoundException(ReservationId id) {
    super(ErrorCode.RESERVATION_NOT_FOUND, "you have no reservation " + id.value());
  }
}
