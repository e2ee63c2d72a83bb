package com.concert.application.service;

import com.concert.application.port.in.CancelReservationCommand;
import com.concert.application.port.in.CancelReservationUseCase;
import com.concert.application.port.in.ReservationView;
import com.concert.application.port.out.BookingEvents;
import com.concert.domain.port.out.ReservationRepository;
import com.concert.domain.reservation.ReservationNotFoundException;
import java.time.Clock;

/**
 * Cancels a hold. The reservation is read locked, so no payment or sweep can change it between the
 * aggregate's decision and the write.
 */
public class CancelReservationService implements CancelReservationUseCase {

  private final ReservationRepository reservations;
  private final BookingEvents events;
  private final Clock clock;

  public CancelReservationService(
      ReservationRepository reservations, BookingEvents events, Clock clock) {
    this.reservations = reservations;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public ReservationView cancelReservation(CancelReservationCommand command) {
    var now = clock.instant();
    var reservation =
        reservations
            .findOfUserForUpdate(command.reservation(), command.user())
            .orElseThrow(() -> new ReservationNotFoundException(command.reservation()));
    var cancelled = reservation.cancel(now);
    reservations.recordClosing(cancelled);
    var view = ReservationView.of(cancelled, now);
    events.holdCancelled(command.user(), view);
    return view;
  }
}
