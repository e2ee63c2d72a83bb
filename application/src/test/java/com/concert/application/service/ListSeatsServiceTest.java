package com.concert.application.service;

import static com.concert.application.service.CatalogFixture.NOW;
import static com.concert.application.service.CatalogFixture.SEOUL_AHEAD_OF_UTC;
import static com.concert.application.service.CatalogFixture.TODAY;
import static com.concert.application.service.CatalogFixture.clockAt;
import static com.concert.application.service.CatalogFixture.scheduleOn;
import static com.concert.application.service.CatalogFixture.show;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.concert.application.port.in.ListSeatsQuery;
import com.concert.application.port.in.SeatView;
import com.concert.domain.concert.ConcertId;
import com.concert.domain.concert.SeatNo;
import com.concert.domain.concert.SeatStatus;
import com.concert.domain.reservation.HoldPeriod;
import com.concert.domain.shared.DomainException;
import com.concert.domain.shared.ErrorCode;
import com.concert.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListSeatsServiceTest {

  private static final Money PRICE = Money.won(120_000);

  private final CatalogFixture fixture = CatalogFixture.empty();

  @Test
  void listsEverySeatOfTheShowWithItsStatusAndPrice() {
    var concert = fixture.concert("Gala", show(TODAY.plusDays(1), 4), show(TODAY.plusDays(2), 9));
    var schedule = scheduleOn(concert, TODAY.plusDays(1)).id();
    fixture.catalog.hold(
        schedule, new SeatNo(2), HoldPeriod.startingAt(NOW, Duration.ofMinutes(5)));
    fixture.catalog.sell(schedule, new SeatNo(3));

    var seats =
        service(NOW).listSeats(new ListSeatsQuery(Optional.of(concert.id()), TODAY.plusDays(1)));

    assertThat(seats)
        .containsExactly(
            new SeatView(new SeatNo(1), SeatStatus.AVAILABLE, PRICE),
            new SeatView(new SeatNo(2), SeatStatus.HELD, PRICE),
            new SeatView(new SeatNo(3), SeatStatus.SOLD, PRICE),
            new SeatView(new SeatNo(4), SeatStatus.AVAILABLE, PRICE));
  }

  @Test
  void aHoldReadsAvailableFromTheInstantItExpires() {
    var concert = fixture.concert("Gala", show(TODAY, 1));
    var hold = HoldPeriod.startingAt(NOW.minusSeconds(300), Duration.ofMinutes(5));
    fixture.catalog.hold(scheduleOn(concert, TODAY).id(), new SeatNo(1), hold);
    var query = new ListSeatsQuery(Optional.empty(), TODAY);

    assertThat(service(hold.expiresAt().minusNanos(1_000)).listSeats(query))
        .extracting(SeatView::status)
        .containsExactly(SeatStatus.HELD);
    assertThat(service(hold.expiresAt()).listSeats(query))
        .extracting(SeatView::status)
        .containsExactly(SeatStatus.AVAILABLE);
  }

  @Test
  void aPastShowIsScheduleNotFound() {
    var concert = fixture.concert("Gala", show(TODAY.minusDays(1), 1), show(TODAY, 1));

    assertFailsWith(
        ErrorCode.SCHEDULE_NOT_FOUND,
        new ListSeatsQuery(Optional.of(concert.id()), TODAY.minusDays(1)));
  }

  @Test
  void aDateWithoutAShowIsScheduleNotFound() {
    var concert = fixture.concert("Gala", show(TODAY, 1));

    assertFailsWith(
        ErrorCode.SCHEDULE_NOT_FOUND,
        new ListSeatsQuery(Optional.of(concert.id()), TODAY.plusDays(1)));
  }

  @Test
  void anUnknownConcertIsNotFound() {
    var concert = fixture.concert("Gala", show(TODAY, 1));

    assertFailsWith(
        ErrorCode.CONCERT_NOT_FOUND,
        new ListSeatsQuery(Optional.of(new ConcertId(concert.id().value() + 1)), TODAY));
  }

  @Test
  void theConcertIdMayBeLeftOutOnlyWhileExactlyOneConcertExists() {
    assertFailsWith(ErrorCode.INVALID_REQUEST, new ListSeatsQuery(Optional.empty(), TODAY));

    fixture.concert("First", show(TODAY, 2));
    assertThat(service(NOW).listSeats(new ListSeatsQuery(Optional.empty(), TODAY))).hasSize(2);

    fixture.concert("Second", show(TODAY, 1));
    assertFailsWith(ErrorCode.INVALID_REQUEST, new ListSeatsQuery(Optional.empty(), TODAY));
  }

  @Test
  void todayIsTheDateInTheClocksZoneNotInUtc() {
    var utcDate = LocalDate.of(2026, 12, 24);
    fixture.concert("Christmas", show(utcDate, 1), show(utcDate.plusDays(1), 1));
    var clock = SEOUL_AHEAD_OF_UTC;

    assertThatThrownBy(
            () -> service(clock).listSeats(new ListSeatsQuery(Optional.empty(), utcDate)))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.SCHEDULE_NOT_FOUND));
    assertThat(service(clock).listSeats(new ListSeatsQuery(Optional.empty(), utcDate.plusDays(1))))
        .hasSize(1);
  }

  private void assertFailsWith(ErrorCode code, ListSeatsQuery query) {
    assertThatThrownBy(() -> service(NOW).listSeats(query))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  private ListSeatsService service(Instant now) {
    return new ListSeatsService(new ConcertLookup(fixture.catalog), fixture.catalog, clockAt(now));
  }
}
