package com.concert.application.port.in;

import com.concert.domain.reservation.ReservationId;
import com.concert.domain.shared.UserId;
import java.util.Objects;

/** The token's user gives back the seat of one of their holds. */
public record CancelReservationCommand(UserId user, ReservationId reservation) {

  public CancelReservationCommand {
    Objects.requireNonNull(user);
    Objects.requireNonNull(reservation);
  }
}
