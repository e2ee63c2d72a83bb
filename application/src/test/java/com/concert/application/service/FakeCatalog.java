package com.concert.application.service;

import com.concert.domain.concert.Concert;
import com.concert.domain.concert.ConcertId;
import com.concert.domain.concert.ConcertPlan;
import com.concert.domain.concert.ConcertTitle;
import com.concert.domain.concert.Schedule;
import com.concert.domain.concert.ScheduleId;
import com.concert.domain.port.out.ConcertRepository;
import com.concert.domain.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Concerts for the reservation use-case tests: only what the concert lookup reads. */
class FakeCatalog implements ConcertRepository {

  private final List<Concert> concerts = new ArrayList<>();
  private long lastSchedule;

  Concert addConcert(List<Schedule> schedules) {
    var concert =
        Concert.reconstitute(
            new ConcertId(concerts.size() + 1L), new ConcertTitle("Gala"), schedules);
    concerts.add(concert);
    return concert;
  }

  Schedule show(LocalDate date, int seats) {
    return new Schedule(new ScheduleId(++lastSchedule), date, seats, Money.won(1));
  }

  @Override
  public List<Concert> findAll() {
    return List.copyOf(concerts);
  }

  @Override
  public Optional<Concert> findById(ConcertId id) {
    return concerts.stream().filter(concert -> concert.id().equals(id)).findFirst();
  }

  @Override
  public Optional<Concert> findSole() {
    return concerts.size() == 1 ? Optional.of(concerts.get(0)) : Optional.empty();
  }

  @Override
  public Concert add(ConcertPlan plan, Instant now) {
    throw new UnsupportedOperationException("the reservation use cases never add concerts");
  }

  @Override
  public Optional<Concert> addIfCatalogEmpty(ConcertPlan plan, Instant now) {
    throw new UnsupportedOperationException("the reservation use cases never add concerts");
  }
}
