package com.concert.application.service;

import com.concert.application.port.in.ListReservationsUseCase;
import com.concert.application.port.in.ReservationView;
import com.concert.domain.port.out.ReservationRepository;
import com.concert.domain.shared.UserId;
import java.time.Clock;
import java.util.List;

public class ListReservationsService implements ListReservationsUseCase {

  private final ReservationRepository reservations;
  private final Clock clock;

  public ListReservationsService(ReservationRepository reservations, Clock clock) {
    this.reservations = reservations;
    this.clock = clock;
  }

  @Override
  public List<ReservationView> listReservations(UserId user) {
    var now = clock.instant();
    return reservations.findByUser(user).stream()
        .map(reservation -> ReservationView.of(reservation, now))
        .toList();
  }
}
