package com.concert.domain.concert;

import com.concert.domain.shared.DomainException;
import com.concert.domain.shared.ErrorCode;
import java.time.LocalDate;

public class SeatNotFoundException extends DomainException {

  public SeatNotFoundException(ConcertId concert, LocalDate date, SeatNo seatNo) {
    super(
        ErrorCode.SEAT_NOT_FOUND,
        "the show of concert "
            + concert.value()
            + " on "
            + date
            + " has no seat "
            + seatNo.value());
  }
}
