package com.concert.application.service;

import com.concert.application.port.in.HoldSeatCommand;
import com.concert.application.port.in.HoldSeatUseCase;
import com.concert.application.port.in.ReservationView;
import com.concert.application.port.out.BookingEvents;
import com.concert.application.port.out.UserLock;
import com.concert.domain.concert.SeatNotFoundException;
import com.concert.domain.port.out.ReservationRepository;
import com.concert.domain.port.out.ReservationRepository.Claim;
import com.concert.domain.reservation.HoldPolicy;
import com.concert.domain.reservation.Reservation;
import com.concert.domain.reservation.ReservedSeat;
import com.concert.domain.reservation.SeatUnavailableException;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Holds a seat. The user's own concurrent requests are serialized by the user lock, so the count of
 * their holds cannot change before the claim; the seat itself is settled by the claim alone.
 */
public class HoldSeatService implements HoldSeatUseCase {

  private final ConcertLookup lookup;
  private final UserLock userLock;
  private final ReservationRepository reservations;
  private final HoldPolicy policy;
  private final BookingEvents events;
  private final Clock clock;

  public HoldSeatService(
      ConcertLookup lookup,
      UserLock userLock,
      ReservationRepository reservations,
      HoldPolicy policy,
      BookingEvents events,
      Clock clock) {
    this.lookup = lookup;
    this.userLock = userLock;
    this.reservations = reservations;
    this.policy = policy;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public ReservationView holdSeat(HoldSeatCommand command) {
    var now = clock.instant();
    var show = lookup.upcomingShow(command.concert(), command.date(), LocalDate.now(clock));
    var seat =
        new ReservedSeat(
            show.concert().id(), show.schedule().id(), show.schedule().date(), command.seatNo());

    userLock.lockUntilTransactionEnds(command.user());
    var liveHolds = reservations.countLiveHolds(command.user(), now);
    var hold = Reservation.hold(command.user(), seat, policy, liveHolds, now);

    var claim = reservations.claim(hold);
    if (claim instanceof Claim.Won won) {
      var view = ReservationView.of(won.reservation(), now);
      events.seatHeld(command.user(), view);
      return view;
    }
    if (claim instanceof Claim.NoSuchSeat) {
      throw new SeatNotFoundException(seat.concert(), seat.date(), seat.seatNo());
    }
    throw new SeatUnavailableException(seat);
  }
}
