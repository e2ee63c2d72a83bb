package com.concert.application.port.in;

import java.util.List;

public interface ListSeatsUseCase {

  /** Every seat of the show, in seat-number order, with its status at this moment. */
  List<SeatView> listSeats(ListSeatsQuery query);
}
