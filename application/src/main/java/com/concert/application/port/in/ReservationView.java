package com.concert.application.port.in;

import com.concert.domain.concert.ConcertId;
import com.concert.domain.concert.SeatNo;
import com.concert.domain.reservation.Reservation;
import com.concert.domain.reservation.ReservationId;
import com.concert.domain.reservation.ReservationStatus;
import com.concert.domain.shared.Money;
import java.time.Instant;
import java.time.LocalDate;

/** A reservation as its owner sees it at one moment. */
public record ReservationView(
    ReservationId reservationId,
    ConcertId concertId,
    LocalDate concertDate,
    SeatNo seatNo,
    Money price,
    ReservationStatus status,
    Instant expiresAt) {

  public static ReservationView of(Reservation reservation, Instant now) {
    return new ReservationView(
        reservation.id(),
        reservation.seat().concert(),
        reservation.seat().date(),
        reservation.seat().seatNo(),
        reservation.price(),
        reservation.statusAt(now),
        reservation.period().expiresAt());
  }
}
