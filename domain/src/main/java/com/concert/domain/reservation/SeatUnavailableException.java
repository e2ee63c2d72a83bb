package com.concert.domain.reservation;

import com.concert.domain.shared.DomainException;
import com.concert.domain.shared.ErrorCode;

/** The seat is held by someone else, or sold. */
public class SeatUnavailableException extends DomainException {

  public SeatUnavailableException(ReservedSeat seat) {
    super(ErrorCode.SEAT_UNAVAILABLE, seat + " is not available");
  }
}
