package com.concert.application.service;

import static com.concert.application.service.CatalogFixture.NOW;
import static com.concert.application.service.CatalogFixture.SEOUL_AHEAD_OF_UTC;
import static com.concert.application.service.CatalogFixture.TODAY;
import static com.concert.application.service.CatalogFixture.clockAt;
import static com.concert.application.service.CatalogFixture.show;
import static org.assertj.core.api.Assertions.assertThat;

import com.concert.domain.concert.Schedule;
import com.concert.domain.concert.SeatStatus;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SeedDemoCatalogServiceTest {

  private final CatalogFixture fixture = CatalogFixture.empty();

  @Test
  void anEmptyCatalogGetsSevenShowsOfFiftySeatsFromTomorrowOn() {
    var seeded = new SeedDemoCatalogService(fixture.catalog, clockAt(NOW)).seedDemoCatalog();

    var tomorrowOn = IntStream.rangeClosed(1, 7).mapToObj(TODAY::plusDays).toList();
    assertThat(seeded).hasValueSatisfying(demo -> assertThat(demo.dates()).isEqualTo(tomorrowOn));
    var concert = fixture.catalog.findSole().orElseThrow();
    assertThat(concert.id()).isEqualTo(seeded.get().id());
    assertThat(concert.schedules()).extracting(Schedule::date).isEqualTo(tomorrowOn);
    assertThat(concert.schedules())
        .allSatisfy(
            schedule -> {
              var seats = fixture.catalog.findBySchedule(schedule.id());
              assertThat(seats).hasSize(50);
              assertThat(seats).allMatch(seat -> seat.statusAt(NOW) == SeatStatus.AVAILABLE);
              assertThat(seats).allMatch(seat -> seat.price().equals(SeedDemoCatalogService.PRICE));
            });
  }

  @Test
  void aCatalogWithAConcertGetsNothing() {
    var existing = fixture.concert("Existing", show(TODAY, 1));

    var seeded = new SeedDemoCatalogService(fixture.catalog, clockAt(NOW)).seedDemoCatalog();

    assertThat(seeded).isEmpty();
    assertThat(fixture.catalog.findAll())
        .singleElement()
        .satisfies(c -> assertThat(c.id()).isEqualTo(existing.id()));
  }

  @Test
  void tomorrowFollowsTheClocksZone() {
    var seeded =
        new SeedDemoCatalogService(fixture.catalog, clockAt(SEOUL_AHEAD_OF_UTC)).seedDemoCatalog();

    assertThat(seeded.orElseThrow().dates()).first().isEqualTo(LocalDate.of(2026, 12, 26));
  }
}
