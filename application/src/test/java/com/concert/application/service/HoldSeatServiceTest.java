package com.concert.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.concert.application.fake.RecordingBookingEvents;
import com.concert.application.port.in.CancelReservationCommand;
import com.concert.application.port.in.HoldSeatCommand;
import com.concert.application.port.in.ReservationView;
import com.concert.domain.concert.Concert;
import com.concert.domain.concert.ConcertId;
import com.concert.domain.concert.ScheduleNotFoundException;
import com.concert.domain.concert.SeatNo;
import com.concert.domain.concert.SeatNotFoundException;
import com.concert.domain.fake.InMemoryReservations;
import com.concert.domain.reservation.HoldLimitReachedException;
import com.concert.domain.reservation.HoldPolicy;
import com.concert.domain.reservation.ReservationStatus;
import com.concert.domain.reservation.ReservedSeat;
import com.concert.domain.reservation.SeatUnavailableException;
import com.concert.domain.shared.InvalidRequestException;
import com.concert.domain.shared.Money;
import com.concert.domain.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HoldSeatServiceTest {

  static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  static final LocalDate SHOW_DATE = LocalDate.of(2026, 12, 24);
  static final HoldPolicy POLICY = new HoldPolicy(Duration.ofMinutes(5), 2);
  static final UserId USER = new UserId(42);

  final FakeCatalog catalog = new FakeCatalog();
  final RecordingBookingEvents bookingEvents = new RecordingBookingEvents();
  final List<String> events = new ArrayList<>();
  final InMemoryReservations reservations =
      new InMemoryReservations() {
        @Override
        public synchronized int countLiveHolds(UserId user, Instant now) {
          events.add("count " + user.value());
          return super.countLiveHolds(user, now);
        }
      };
  Concert concert;

  @BeforeEach
  void oneConcertWithAShowOfThreeSeats() {
    concert =
        catalog.addConcert(
            List.of(catalog.show(SHOW_DATE, 3), catalog.show(LocalDate.of(2026, 11, 30), 3)));
    for (var schedule : concert.schedules()) {
      for (int seatNo = 1; seatNo <= 3; seatNo++) {
        reservations.addSeat(
            new ReservedSeat(concert.id(), schedule.id(), schedule.date(), new SeatNo(seatNo)),
            Money.won(1000L * seatNo));
      }
    }
  }

  HoldSeatService serviceAt(Instant now) {
    return new HoldSeatService(
        new ConcertLookup(catalog),
        user -> events.add("lock " + user.value()),
        reservations,
        POLICY,
        bookingEvents,
        Clock.fixed(now, SEOUL));
  }

  ReservationView hold(UserId user, int seatNo, Instant at) {
    return serviceAt(at)
        .holdSeat(
            new HoldSeatCommand(user, Optional.of(concert.id()), SHOW_DATE, new SeatNo(seatNo)));
  }

  @Test
  void aFreeSeatIsHeldAtItsOwnPriceForTheTimeToLive() {
    var view = hold(USER, 2, NOW);

    assertThat(view.concertId()).isEqualTo(concert.id());
    assertThat(view.concertDate()).isEqualTo(SHOW_DATE);
    assertThat(view.seatNo()).isEqualTo(new SeatNo(2));
    assertThat(view.price()).isEqualTo(Money.won(2000));
    assertThat(view.status()).isEqualTo(ReservationStatus.HELD);
    assertThat(view.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
    assertThat(reservations.findByUser(USER)).hasSize(1);
  }

  @Test
  void aHoldIsReportedOnceWithItsIdsAndARefusedOneIsNotReported() {
    var view = hold(USER, 2, NOW);

    assertThatThrownBy(() -> hold(new UserId(7), 2, NOW))
        .isInstanceOf(SeatUnavailableException.class);
    assertThatThrownBy(() -> hold(USER, 4, NOW)).isInstanceOf(SeatNotFoundException.class);
    assertThat(bookingEvents.events())
        .containsExactly("held reservation=" + view.reservationId().value() + " user=42");
  }

  @Test
  void theUserIsLockedBeforeTheirHoldsAreCounted() {
    hold(USER, 1, NOW);

    assertThat(events).containsExactly("lock 42", "count 42");
  }

  @Test
  void theConcertMayBeLeftOutWhileItIsTheOnlyOne() {
    var view =
        serviceAt(NOW)
            .holdSeat(new HoldSeatCommand(USER, Optional.empty(), SHOW_DATE, new SeatNo(1)));

    assertThat(view.concertId()).isEqualTo(concert.id());
  }

  @Test
  void theConcertMustBeNamedOnceThereAreSeveral() {
    catalog.addConcert(List.of(catalog.show(SHOW_DATE, 1)));

    assertThatThrownBy(
            () ->
                serviceAt(NOW)
                    .holdSeat(
                        new HoldSeatCommand(USER, Optional.empty(), SHOW_DATE, new SeatNo(1))))
        .isInstanceOf(InvalidRequestException.class);
    assertThat(events).isEmpty();
  }

  @Test
  void aSeatSomeoneElseHoldsIsUnavailable() {
    hold(new UserId(7), 1, NOW);

    assertThatThrownBy(() -> hold(USER, 1, NOW.plusSeconds(1)))
        .isInstanceOf(SeatUnavailableException.class);
    assertThat(reservations.findByUser(USER)).isEmpty();
  }

  @Test
  void aSeatWhoseHoldIsOverCanBeHeldAgainAtOnce() {
    hold(new UserId(7), 1, NOW);

    var view = hold(USER, 1, NOW.plus(Duration.ofMinutes(5)));

    assertThat(view.status()).isEqualTo(ReservationStatus.HELD);
    assertThat(reservations.findByUser(new UserId(7)).get(0).status())
        .isEqualTo(ReservationStatus.EXPIRED);
  }

  @Test
  void aSeatNumberTheShowDoesNotHaveIsNotFound() {
    assertThatThrownBy(() -> hold(USER, 4, NOW)).isInstanceOf(SeatNotFoundException.class);
  }

  @Test
  void aShowThatHasPassedCannotBeBooked() {
    assertThatThrownBy(
            () ->
                serviceAt(NOW)
                    .holdSeat(
                        new HoldSeatCommand(
                            USER,
                            Optional.of(concert.id()),
                            LocalDate.of(2026, 11, 30),
                            new SeatNo(1))))
        .isInstanceOf(ScheduleNotFoundException.class);
    assertThat(reservations.findByUser(USER)).isEmpty();
  }

  @Test
  void anUnknownConcertIsNotFound() {
    assertThatThrownBy(
            () ->
                serviceAt(NOW)
                    .holdSeat(
                        new HoldSeatCommand(
                            USER, Optional.of(new ConcertId(99)), SHOW_DATE, new SeatNo(1))))
        .hasMessageContaining("no concert 99");
  }

  @Test
  void aUserAtTheLimitCannotHoldAnotherSeatAndNothingIsClaimed() {
    hold(USER, 1, NOW);
    hold(USER, 2, NOW);

    assertThatThrownBy(() -> hold(USER, 3, NOW)).isInstanceOf(HoldLimitReachedException.class);
    assertThat(reservations.findByUser(USER)).hasSize(2);
    assertThat(hold(new UserId(7), 3, NOW).status()).isEqualTo(ReservationStatus.HELD);
  }

  @Test
  void holdsThatAreOverOrCancelledDoNotCountTowardsTheLimit() {
    hold(USER, 1, NOW);
    var second = hold(USER, 2, NOW.plusSeconds(60));
    new CancelReservationService(
            reservations, bookingEvents, Clock.fixed(NOW.plusSeconds(61), SEOUL))
        .cancelReservation(new CancelReservationCommand(USER, second.reservationId()));

    var later = NOW.plus(Duration.ofMinutes(5));
    hold(USER, 2, later);

    assertThat(hold(USER, 3, later).status()).isEqualTo(ReservationStatus.HELD);
  }
}
