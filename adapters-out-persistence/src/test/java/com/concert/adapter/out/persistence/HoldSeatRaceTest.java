package com.concert.adapter.out.persistence;

import static com.concert.db.jooq.Tables.RESERVATION;
import static com.concert.db.jooq.Tables.SEAT;
import static org.assertj.core.api.Assertions.assertThat;

import com.concert.application.port.in.HoldSeatCommand;
import com.concert.application.port.in.ReservationView;
import com.concert.application.service.ConcertLookup;
import com.concert.application.service.HoldSeatService;
import com.concert.db.testing.Race;
import com.concert.domain.concert.Concert;
import com.concert.domain.concert.SeatNo;
import com.concert.domain.port.out.ReservationRepository.Claim;
import com.concert.domain.reservation.HoldLimitReachedException;
import com.concert.domain.reservation.HoldPeriod;
import com.concert.domain.reservation.HoldPolicy;
import com.concert.domain.reservation.NewHold;
import com.concert.domain.reservation.ReservationStatus;
import com.concert.domain.reservation.SeatUnavailableException;
import com.concert.domain.shared.Money;
import com.concert.domain.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Many requests released at the same instant against the real database, through the production use
 * case and adapters, each in a transaction of its own as in the service.
 */
class HoldSeatRaceTest {

  static final Clock CLOCK = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
  static final LocalDate SHOW = LocalDate.now(ZoneOffset.UTC).plusDays(10);
  static final AtomicLong USERS = new AtomicLong(1_000);

  static PostgresTestSupport db;
  static JooqReservationRepository reservations;

  @BeforeAll
  static void start() {
    db = PostgresTestSupport.start(32);
    reservations = new JooqReservationRepository(db.dsl());
  }

  @AfterAll
  static void stop() {
    db.close();
  }

  static Concert newConcert(int seats) {
    return TestConcerts.oneShow(db.dsl(), "Race", SHOW, seats, Money.won(99_000), CLOCK.instant());
  }

  static HoldSeatService service(HoldPolicy policy) {
    return new HoldSeatService(
        new ConcertLookup(new JooqConcertRepository(db.dsl())),
        new PostgresUserLock(db.dsl()),
        reservations,
        policy,
        new CountingBookingEvents(),
        CLOCK);
  }

  static ReservationView holdInTransaction(
      HoldSeatService service, UserId user, Concert concert, int seatNo) {
    return db.inTransaction(
        () ->
            service.holdSeat(
                new HoldSeatCommand(user, Optional.of(concert.id()), SHOW, new SeatNo(seatNo))));
  }

  static UserId newUser() {
    return new UserId(USERS.incrementAndGet());
  }

  static long seatId(Concert concert, int seatNo) {
    return db.dsl()
        .select(SEAT.ID)
        .from(SEAT)
        .where(SEAT.SCHEDULE_ID.eq(concert.schedules().get(0).id().value()))
        .and(SEAT.SEAT_NO.eq(seatNo))
        .fetchSingle(SEAT.ID);
  }

  static List<String> statusesOfSeat(long seatId) {
    return db.dsl()
        .select(RESERVATION.STATUS)
        .from(RESERVATION)
        .where(RESERVATION.SEAT_ID.eq(seatId))
        .orderBy(RESERVATION.ID)
        .fetch(RESERVATION.STATUS);
  }

  /** A hundred fans released together on seat 1: one wins, the others find it unavailable. */
  static List<Race.Outcome<ReservationView>> aHundredFansClaimSeatOne(
      HoldSeatService service, Concert concert) {
    var outcomes = Race.run(100, i -> () -> holdInTransaction(service, newUser(), concert, 1));
    assertThat(outcomes).filteredOn(Race.Outcome::succeeded).hasSize(1);
    assertThat(outcomes)
        .filteredOn(outcome -> outcome.failedWith(SeatUnavailableException.class))
        .hasSize(99);
    return outcomes;
  }

  @Test
  void ofAHundredClaimsOfAFreeSeatExactlyOneWins() {
    var concert = newConcert(1);
    var service = service(new HoldPolicy(Duration.ofMinutes(5), 4));

    var outcomes = aHundredFansClaimSeatOne(service, concert);

    assertThat(statusesOfSeat(seatId(concert, 1))).containsExactly("HELD");
  }

  @Test
  void ofAHundredClaimsOfASeatWhoseHoldIsOverButStillMarkedHeldExactlyOneWins() {
    var concert = newConcert(1);
    var seat = TestConcerts.seat(concert, 1);
    var longAgo = CLOCK.instant().minus(Duration.ofMinutes(10));
    var dead =
        reservations.claim(
            new NewHold(newUser(), seat, HoldPeriod.startingAt(longAgo, Duration.ofMinutes(5))));
    assertThat(dead).isInstanceOf(Claim.Won.class);
    var service = service(new HoldPolicy(Duration.ofMinutes(5), 4));

    var outcomes = aHundredFansClaimSeatOne(service, concert);

    assertThat(statusesOfSeat(seatId(concert, 1))).containsExactly("EXPIRED", "HELD");
    var winner = outcomes.stream().filter(Race.Outcome::succeeded).findFirst().orElseThrow();
    assertThat(winner.value().status()).isEqualTo(ReservationStatus.HELD);
  }

  @Test
  void eightParallelClaimsOfOneUserForEightSeatsStopAtTheLimitOfFour() {
    var concert = newConcert(8);
    var user = newUser();
    var service = service(new HoldPolicy(Duration.ofMinutes(5), 4));

    var outcomes = Race.run(8, i -> () -> holdInTransaction(service, user, concert, i + 1));

    assertThat(outcomes).filteredOn(Race.Outcome::succeeded).hasSize(4);
    assertThat(outcomes)
        .filteredOn(outcome -> outcome.failedWith(HoldLimitReachedException.class))
        .hasSize(4);
    assertThat(reservations.countLiveHolds(user, CLOCK.instant())).isEqualTo(4);
    assertThat(
            db.dsl()
                .fetchCount(
                    RESERVATION,
                    RESERVATION.USER_ID.eq(user.value()).and(RESERVATION.STATUS.eq("HELD"))))
        .isEqualTo(4);
  }

  @Test
  void claimsOfManySeatsBySweepersAndUsersAtOnceLeaveOneLiveReservationPerSeat() {
    var seats = 10;
    var concert = newConcert(seats);
    var longAgo = CLOCK.instant().minus(Duration.ofMinutes(10));
    for (int seatNo = 1; seatNo <= seats; seatNo++) {
      reservations.claim(
          new NewHold(
              newUser(),
              TestConcerts.seat(concert, seatNo),
              HoldPeriod.startingAt(longAgo, Duration.ofMinutes(5))));
    }
    var service = service(new HoldPolicy(Duration.ofMinutes(5), 4));

    var outcomes =
        Race.run(
            60,
            i ->
                i % 6 == 0
                    ? () -> db.inTransaction(() -> reservations.expireHolds(CLOCK.instant(), 3))
                    : () -> holdInTransaction(service, newUser(), concert, 1 + i % seats));

    assertThat(outcomes)
        .allSatisfy(
            outcome ->
                assertThat(
                        outcome.succeeded() || outcome.failedWith(SeatUnavailableException.class))
                    .as(String.valueOf(outcome.error()))
                    .isTrue());
    for (int seatNo = 1; seatNo <= seats; seatNo++) {
      assertThat(statusesOfSeat(seatId(concert, seatNo))).containsExactly("EXPIRED", "HELD");
    }
    assertThat(outcomes)
        .filteredOn(outcome -> outcome.succeeded() && outcome.value() instanceof ReservationView)
        .hasSize(seats);
  }
}
