package com.concert.domain.reservation;

import com.concert.domain.shared.InvalidRequestException;

public record ReservationId(long value) {

  public ReservationId {
    if (value <= 0) {
      throw new InvalidRequestException("a reservation id is a positive integer, not " + value);
    }
  }
}
