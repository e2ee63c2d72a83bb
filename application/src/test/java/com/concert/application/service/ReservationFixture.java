package com.concert.application.service;

import com.concert.domain.concert.ConcertId;
import com.concert.domain.concert.ScheduleId;
import com.concert.domain.concert.SeatNo;
import com.concert.domain.fake.InMemoryReservations;
import com.concert.domain.port.out.ReservationRepository.Claim;
import com.concert.domain.reservation.HoldPeriod;
import com.concert.domain.reservation.NewHold;
import com.concert.domain.reservation.Reservation;
import com.concert.domain.reservation.ReservedSeat;
import com.concert.domain.shared.Money;
import com.concert.domain.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/** Holds placed straight in the fake store, for the tests of what happens to them afterwards. */
class ReservationFixture {

  static final Duration TTL = Duration.ofMinutes(5);

  final InMemoryReservations reservations = new InMemoryReservations();
  private int lastSeat;

  Reservation holdAt(UserId user, Instant at) {
    return holdAt(user, at, Money.won(50_000));
  }

  Reservation holdAt(UserId user, Instant at, Money price) {
    var seat =
        new ReservedSeat(
            new ConcertId(1),
            new ScheduleId(1),
            LocalDate.of(2026, 12, 24),
            new SeatNo(++lastSeat));
    reservations.addSeat(seat, price);
    var claim = reservations.claim(new NewHold(user, seat, HoldPeriod.startingAt(at, TTL)));
    return ((Claim.Won) claim).reservation();
  }
}
