package com.concert.application.service;

import static com.concert.application.service.CatalogFixture.NOW;
import static com.concert.application.service.CatalogFixture.SEOUL_AHEAD_OF_UTC;
import static com.concert.application.service.CatalogFixture.TODAY;
import static com.concert.application.service.CatalogFixture.clockAt;
import static com.concert.application.service.CatalogFixture.show;
import static org.assertj.core.api.Assertions.assertThat;

import com.concert.application.port.in.ConcertSummary;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListConcertsServiceTest {

  private final CatalogFixture fixture = CatalogFixture.empty();

  @Test
  void listsEveryConcertWithItsDatesFromTodayOnAscending() {
    var gala =
        fixture.concert(
            "Gala",
            show(TODAY.plusDays(5), 1),
            show(TODAY.minusDays(1), 1),
            show(TODAY, 1),
            show(TODAY.plusDays(2), 1));
    var recital = fixture.concert("Recital", show(TODAY.plusDays(1), 1));

    var concerts = new ListConcertsService(fixture.catalog, clockAt(NOW)).listConcerts();

    assertThat(concerts)
        .containsExactly(
            new ConcertSummary(
                gala.id(), gala.title(), List.of(TODAY, TODAY.plusDays(2), TODAY.plusDays(5))),
            new ConcertSummary(recital.id(), recital.title(), List.of(TODAY.plusDays(1))));
  }

  @Test
  void aConcertWhoseShowsHaveAllPassedIsListedWithoutDates() {
    fixture.concert("Last Year", show(TODAY.minusDays(300), 1));

    var concerts = new ListConcertsService(fixture.catalog, clockAt(NOW)).listConcerts();

    assertThat(concerts).singleElement().satisfies(c -> assertThat(c.dates()).isEmpty());
  }

  @Test
  void anEmptyCatalogListsNothing() {
    assertThat(new ListConcertsService(fixture.catalog, clockAt(NOW)).listConcerts()).isEmpty();
  }

  @Test
  void todayIsTheDateInTheClocksZoneNotInUtc() {
    var utcDate = LocalDate.of(2026, 12, 24);
    var seoulDate = LocalDate.of(2026, 12, 25);
    fixture.concert("Christmas", show(utcDate, 1), show(seoulDate, 1));

    var concerts =
        new ListConcertsService(fixture.catalog, clockAt(SEOUL_AHEAD_OF_UTC)).listConcerts();

    assertThat(concerts)
        .singleElement()
        .satisfies(c -> assertThat(c.dates()).containsExactly(seoulDate));
  }
}
