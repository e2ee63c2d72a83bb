package com.concert.adapter.out.persistence;

import com.concert.domain.concert.Concert;
import com.concert.domain.concert.ConcertPlan;
import com.concert.domain.concert.ConcertTitle;
import com.concert.domain.concert.SchedulePlan;
import com.concert.domain.concert.SeatNo;
import com.concert.domain.port.out.ReservationRepository;
import com.concert.domain.port.out.ReservationRepository.Claim;
import com.concert.domain.reservation.HoldPeriod;
import com.concert.domain.reservation.NewHold;
import com.concert.domain.reservation.ReservationId;
import com.concert.domain.reservation.ReservedSeat;
import com.concert.domain.shared.Money;
import com.concert.domain.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/** Concerts of one show, stored as the catalog stores them, for tests that need seats to hold. */
final class TestConcerts {

  private TestConcerts() {}

  /** A new concert whose one show, on {@code date}, has {@code seats} seats at {@code price}. */
  static Concert oneShow(
      DSLContext dsl, String title, LocalDate date, int seats, Money price, Instant now) {
    return new JooqConcertRepository(dsl)
        .add(
            ConcertPlan.of(
                new ConcertTitle(title), List.of(new SchedulePlan(date, seats, price)), date),
            now);
  }

  static ReservedSeat seat(Concert concert, int seatNo) {
    var show = concert.schedules().get(0);
    return new ReservedSeat(concert.id(), show.id(), show.date(), new SeatNo(seatNo));
  }

  /** Holds of every seat of the concert's show by the user; their ids, by seat number. */
  static List<ReservationId> holdEverySeat(
      ReservationRepository reservations, UserId user, Concert concert, HoldPeriod period) {
    var ids = new ArrayList<ReservationId>();
    for (int seatNo = 1; seatNo <= concert.schedules().get(0).seatCount(); seatNo++) {
      var claim = reservations.claim(new NewHold(user, seat(concert, seatNo), period));
      ids.add(((Claim.Won) claim).reservation().id());
    }
    return ids;
  }
}
