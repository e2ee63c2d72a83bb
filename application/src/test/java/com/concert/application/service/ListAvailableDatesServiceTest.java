package com.concert.application.service;

import static com.concert.application.service.CatalogFixture.NOW;
import static com.concert.application.service.CatalogFixture.SEOUL_AHEAD_OF_UTC;
import static com.concert.application.service.CatalogFixture.TODAY;
import static com.concert.application.service.CatalogFixture.clockAt;
import static com.concert.application.service.CatalogFixture.scheduleOn;
import static com.concert.application.service.CatalogFixture.show;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.concert.application.port.in.AvailableDate;
import com.concert.domain.concert.ConcertId;
import com.concert.domain.concert.SeatNo;
import com.concert.domain.reservation.HoldPeriod;
import com.concert.domain.shared.DomainException;
import com.concert.domain.shared.ErrorCode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListAvailableDatesServiceTest {

  private final CatalogFixture fixture = CatalogFixture.empty();

  @Test
  void listsTheUpcomingDatesWithTheirFreeSeatsInDateOrder() {
    var concert =
        fixture.concert(
            "Gala", show(TODAY.plusDays(3), 5), show(TODAY.minusDays(1), 4), show(TODAY, 2));

    var dates = service(NOW).listAvailableDates(Optional.of(concert.id()));

    assertThat(dates)
        .containsExactly(new AvailableDate(TODAY, 2), new AvailableDate(TODAY.plusDays(3), 5));
  }

  @Test
  void leavesOutADateWithoutAFreeSeat() {
    var concert = fixture.concert("Gala", show(TODAY, 2), show(TODAY.plusDays(1), 2));
    var full = scheduleOn(concert, TODAY).id();
    fixture.catalog.sell(full, new SeatNo(1));
    fixture.catalog.hold(full, new SeatNo(2), HoldPeriod.startingAt(NOW, Duration.ofMinutes(5)));

    var dates = service(NOW).listAvailableDates(Optional.of(concert.id()));

    assertThat(dates).containsExactly(new AvailableDate(TODAY.plusDays(1), 2));
  }

  @Test
  void aHoldPastItsExpiryCountsAsFree() {
    var concert = fixture.concert("Gala", show(TODAY, 2));
    var schedule = scheduleOn(concert, TODAY).id();
    var hold = HoldPeriod.startingAt(NOW.minusSeconds(300), Duration.ofMinutes(5));
    fixture.catalog.hold(schedule, new SeatNo(1), hold);
    fixture.catalog.sell(schedule, new SeatNo(2));

    assertThat(service(hold.expiresAt().minusNanos(1_000)).listAvailableDates(Optional.empty()))
        .isEmpty();
    assertThat(service(hold.expiresAt()).listAvailableDates(Optional.empty()))
        .containsExactly(new AvailableDate(TODAY, 1));
  }

  @Test
  void theConcertIdMayBeLeftOutWhileExactlyOneConcertExists() {
    fixture.concert("Only", show(TODAY.plusDays(1), 3));

    assertThat(service(NOW).listAvailableDates(Optional.empty()))
        .containsExactly(new AvailableDate(TODAY.plusDays(1), 3));
  }

  @Test
  void withoutAConcertIdAnEmptyCatalogIsAnInvalidRequest() {
    assertFailsWith(ErrorCode.INVALID_REQUEST, Optional.empty());
  }

  @Test
  void withoutAConcertIdSeveralConcertsAreAnInvalidRequest() {
    fixture.concert("First", show(TODAY, 1));
    fixture.concert("Second", show(TODAY, 1));

    assertFailsWith(ErrorCode.INVALID_REQUEST, Optional.empty());
  }

  @Test
  void anUnknownConcertIsNotFound() {
    var concert = fixture.concert("Only", show(TODAY, 1));

    assertFailsWith(
        ErrorCode.CONCERT_NOT_FOUND, Optional.of(new ConcertId(concert.id().value() + 1)));
  }

  @Test
  void todayIsTheDateInTheClocksZoneNotInUtc() {
    var utcDate = LocalDate.of(2026, 12, 24);
    var seoulDate = LocalDate.of(2026, 12, 25);
    fixture.concert("Christmas", show(utcDate, 1), show(seoulDate, 1));

    assertThat(service(SEOUL_AHEAD_OF_UTC).listAvailableDates(Optional.empty()))
        .containsExactly(new AvailableDate(seoulDate, 1));
  }

  private void assertFailsWith(ErrorCode code, Optional<ConcertId> concert) {
    assertThatThrownBy(() -> service(NOW).listAvailableDates(concert))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  private ListAvailableDatesService service(Instant now) {
    return new ListAvailableDatesService(
        new ConcertLookup(fixture.catalog), fixture.catalog, clockAt(now));
  }
}
