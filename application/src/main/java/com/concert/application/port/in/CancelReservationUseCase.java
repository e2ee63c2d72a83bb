package com.concert.application.port.in;

public interface CancelReservationUseCase {

  /**
   * Cancels the user's running hold; its seat is free at once.
   *
   * @throws com.concert.domain.reservation.ReservationNotFoundException when the user has no such
   *     reservation (someone else's is not touched)
   * @throws com.concert.domain.reservation.ReservationNotHeldException when it is no longer held
   */
  ReservationView cancelReservation(CancelReservationCommand command);
}
