package com.concert.domain.reservation;

import com.concert.domain.shared.UserId;
import java.util.Objects;

/**
 * A hold that a user is allowed to place but that is not yet stored: it becomes a {@link
 * Reservation} only if its seat is free when it is claimed. The seat's price is not part of it: it
 * is the catalog's, taken when the claim is stored.
 */
public record NewHold(UserId user, ReservedSeat seat, HoldPeriod period) {

  public NewHold {
    Objects.requireNonNull(user);
    Objects.requireNonNull(seat);
    Objects.requireNonNull(period);
  }
}
