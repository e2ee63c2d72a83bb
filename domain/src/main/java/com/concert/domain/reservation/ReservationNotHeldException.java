package com.concert.domain.reservation;

import com.concert.domain.shared.DomainException;
import com.concert.domain.shared.ErrorCode;
import java.util.Locale;

public class ReservationNotHeldException extends DomainException {

  /** A payment of everything the user holds, when the user holds nothing. */
  public ReservationNotHeldException() {
    super(ErrorCode.RESERVATION_NOT_HELD, "no reservation is held");
  }

  public ReservationNotHeldException(ReservationId id, ReservationStatus status) {
    super(
        ErrorCode.RESERVATION_NOT_HELD,
        "reservation "
            + id.value()
            + " is "
            + status.name().toLowerCase(Locale.ROOT)
            + ", no longer held");
  }
}
