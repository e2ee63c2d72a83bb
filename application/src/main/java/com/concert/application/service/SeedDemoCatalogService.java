package com.concert.application.service;

import com.concert.application.port.in.ConcertSummary;
import com.concert.application.port.in.SeedDemoCatalogUseCase;
import com.concert.domain.concert.ConcertPlan;
import com.concert.domain.concert.ConcertTitle;
import com.concert.domain.concert.SchedulePlan;
import com.concert.domain.port.out.ConcertRepository;
import com.concert.domain.shared.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The concert a newcomer finds on a fresh database, so the whole flow can be tried at once: seven
 * shows, from tomorrow on, of 50 seats each.
 */
public class SeedDemoCatalogService implements SeedDemoCatalogUseCase {

  static final ConcertTitle TITLE = new ConcertTitle("Winter Gala");
  static final int SHOWS = 7;
  static final int SEATS_PER_SHOW = 50;
  static final Money PRICE = Money.won(120_000);

  private final ConcertRepository concerts;
  private final Clock clock;

  public SeedDemoCatalogService(ConcertRepository concerts, Clock clock) {
    this.concerts = concerts;
    this.clock = clock;
  }

  @Override
  public Optional<ConcertSummary> seedDemoCatalog() {
    var today = LocalDate.now(clock);
    var shows =
        IntStream.rangeClosed(1, SHOWS)
            .mapToObj(day -> new SchedulePlan(today.plusDays(day), SEATS_PER_SHOW, PRICE))
            .toList();
    return concerts
        .addIfCatalogEmpty(ConcertPlan.of(TITLE, shows, today), clock.instant())
        .map(concert -> ConcertSummary.of(concert, today));
  }
}
