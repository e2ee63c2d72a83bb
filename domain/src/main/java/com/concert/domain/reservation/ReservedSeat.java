package com.concert.domain.reservation;

import com.concert.domain.concert.ConcertId;
import com.concert.domain.concert.ScheduleId;
import com.concert.domain.concert.SeatNo;
import java.time.LocalDate;
import java.util.Objects;

/** The seat a reservation is for: a seat number of one show of a concert. */
public record ReservedSeat(ConcertId concert, ScheduleId schedule, LocalDate date, SeatNo seatNo) {

  public ReservedSeat {
    Objects.requireNonNull(concert);
    Objects.requireNonNull(schedule);
    Objects.requireNonNull(date);
    Objects.requireNonNull(seatNo);
  }

  @Override
  public String toString() {
    return "seat " + seatNo.value() + " of concert " + concert.value() + " on " + date;
  }
}
