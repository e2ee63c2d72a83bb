package com.concert.application.port.in;

public interface HoldSeatUseCase {

  /**
   * Holds the seat for the user for the configured time. Without a concert id, the catalog's only
   * concert.
   *
   * @throws com.concert.domain.reservation.SeatUnavailableException when someone else holds or
   *     bought it
   * @throws com.concert.domain.reservation.HoldLimitReachedException when the user holds as many
   *     seats as allowed
   */
  ReservationView holdSeat(HoldSeatCommand command);
}
