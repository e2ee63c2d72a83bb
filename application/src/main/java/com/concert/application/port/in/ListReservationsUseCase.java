package com.concert.application.port.in;

import com.concert.domain.shared.UserId;
import java.util.List;

public interface ListReservationsUseCase {

  /** Every reservation of the user, newest first, whatever its status. */
  List<ReservationView> listReservations(UserId user);
}
