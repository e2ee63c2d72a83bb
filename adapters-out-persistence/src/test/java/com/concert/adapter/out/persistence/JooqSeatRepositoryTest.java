package com.concert.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.concert.domain.concert.ScheduleId;
import com.concert.domain.concert.SeatNo;
import com.concert.domain.concert.SeatStatus;
import com.concert.domain.port.out.ConcertRepository;
import com.concert.domain.port.out.SeatRepository;
import com.concert.domain.port.out.contract.SeatRepositoryContract;
import com.concert.domain.reservation.HoldPeriod;
import com.concert.domain.reservation.ReservationStatus;
import com.concert.domain.shared.Money;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JooqSeatRepositoryTest extends SeatRepositoryContract {

  static PostgresTestSupport db;
  private final JooqSeatRepository seats = new JooqSeatRepository(db.dsl());
  private final ReservationRows reservations = new ReservationRows(db.dsl());

  @BeforeAll
  static void start() {
    db = PostgresTestSupport.start(2);
  }

  @AfterAll
  static void stop() {
    db.close();
  }

  @Override
  protected ConcertRepository emptyCatalog() {
    db.dsl().execute("truncate table reservation, seat, schedule, concert");
    return new JooqConcertRepository(db.dsl());
  }

  @Override
  protected SeatRepository seats() {
    return seats;
  }

  @Override
  protected void hold(ScheduleId schedule, SeatNo seat, HoldPeriod period) {
    reservations.held(schedule, seat, period);
  }

  @Override
  protected void sell(ScheduleId schedule, SeatNo seat) {
    reservations.confirmed(schedule, seat, NOW.minusSeconds(60));
  }

  /**
   * Seat 1 free, 2 held, 3 held but expired and not yet swept, 4 sold; 5 and 6 free again after an
   * expired and a cancelled hold; 7 held anew after an expired one; 8 and 9 free.
   */
  @Test
  void countsAvailableSeatsAmongFreeHeldExpiredAndSoldOnes() {
    var show = aShowOfNineSeats();
    var running = HoldPeriod.startingAt(NOW.minusSeconds(60), Duration.ofMinutes(5));
    var expired = HoldPeriod.startingAt(NOW.minusSeconds(600), Duration.ofMinutes(5));
    reservations.held(show, new SeatNo(2), running);
    reservations.held(show, new SeatNo(3), expired);
    reservations.confirmed(show, new SeatNo(4), NOW.minusSeconds(30));
    reservations.closed(show, new SeatNo(5), ReservationStatus.EXPIRED, NOW.minusSeconds(120));
    reservations.closed(show, new SeatNo(6), ReservationStatus.CANCELLED, NOW.minusSeconds(120));
    reservations.closed(show, new SeatNo(7), ReservationStatus.EXPIRED, NOW.minusSeconds(120));
    reservations.held(show, new SeatNo(7), running);

    assertThat(seats.countAvailable(List.of(show), NOW)).containsOnly(entry(show, 6));
    assertThat(seats.findBySchedule(show))
        .extracting(seat -> seat.statusAt(NOW))
        .containsExactly(
            SeatStatus.AVAILABLE,
            SeatStatus.HELD,
            SeatStatus.AVAILABLE,
            SeatStatus.SOLD,
            SeatStatus.AVAILABLE,
            SeatStatus.AVAILABLE,
            SeatStatus.HELD,
            SeatStatus.AVAILABLE,
            SeatStatus.AVAILABLE);
    assertThat(seats.countAvailable(List.of(show), running.expiresAt()))
        .containsOnly(entry(show, 8));
  }

  private ScheduleId aShowOfNineSeats() {
    var concert = TestConcerts.oneShow(db.dsl(), "Mix", TODAY.plusDays(5), 9, Money.won(1000), NOW);
    return concert.schedules().get(0).id();
  }
}
