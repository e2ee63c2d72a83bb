package com.concert.application.port.in;

import com.concert.domain.concert.ConcertId;
import com.concert.domain.concert.SeatNo;
import com.concert.domain.shared.UserId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** The token's user asks to hold one seat of the show of a concert on a date. */
public record HoldSeatCommand(
    UserId user, Optional<ConcertId> concert, LocalDate date, SeatNo seatNo) {

  public HoldSeatCommand {
    Objects.requireNonNull(user);
    Objects.requireNonNull(concert);
    Objects.requireNonNull(date);
    Objects.requireNonNull(seatNo);
  }
}
