package com.concert.application.service;

import com.concert.domain.concert.Concert;
import com.concert.domain.concert.ConcertPlan;
import com.concert.domain.concert.ConcertTitle;
import com.concert.domain.concert.Schedule;
import com.concert.domain.concert.SchedulePlan;
import com.concert.domain.fake.InMemoryCatalog;
import com.concert.domain.shared.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** A catalog in memory and a clock stopped in Seoul, for the catalog's use-case tests. */
final class CatalogFixture {

  static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

  /** Noon in Seoul; the UTC date is the same. */
  static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");

  static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  /** 01:00 on 25 December in Seoul, still 24 December in UTC. */
  static final Instant SEOUL_AHEAD_OF_UTC = Instant.parse("2026-12-24T16:00:00Z");

  final InMemoryCatalog catalog = new InMemoryCatalog();

  private CatalogFixture() {}

  static CatalogFixture empty() {
    return new CatalogFixture();
  }

  static Clock clockAt(Instant instant) {
    return Clock.fixed(instant, SEOUL);
  }

  /** Adds a concert as it would have been added in the past: no check of its dates. */
  Concert concert(String title, SchedulePlan... shows) {
    return catalog.add(new ConcertPlan(new ConcertTitle(title), List.of(shows)), NOW);
  }

  static SchedulePlan show(LocalDate date, int seats) {
    return new SchedulePlan(date, seats, Money.won(120_000));
  }

  static Schedule scheduleOn(Concert concert, LocalDate date) {
    return concert.schedules().stream()
        .filter(schedule -> schedule.date().equals(date))
        .findFirst()
        .orElseThrow();
  }
}
