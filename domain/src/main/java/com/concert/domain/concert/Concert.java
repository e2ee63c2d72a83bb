package com.concert.domain.concert;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A concert with its shows. Shows are kept in date order. */
public final class Concert {

  private final ConcertId id;
  private final ConcertTitle title;
  private final List<Schedule> schedules;

  private Concert(ConcertId id, ConcertTitle title, List<Schedule> schedules) {
    this.id = Objects.requireNonNull(id);
    this.title = Objects.requireNonNull(title);
    this.schedules = schedules.stream().sorted(Comparator.comparing(Schedule::date)).toList();
  }

  /** Rebuilds a stored concert; only persistence adapters call this. */
  public static Concert reconstitute(ConcertId id, ConcertTitle title, List<Schedule> schedules) {
    return new Concert(id, title, schedules);
  }

  public ConcertId id() {
    return id;
  }

  public ConcertTitle title() {
    return title;
  }

  public List<Schedule> schedules() {
    return schedules;
  }

  /** The shows that have not yet passed: today's and later ones, in date order. */
  public List<Schedule> upcomingSchedules(LocalDate today) {
    return schedules.stream().filter(schedule -> schedule.isOnOrAfter(today)).toList();
  }

  /** The show on that date, unless it has passed: a past show can be neither read nor booked. */
  public Optional<Schedule> upcomingScheduleOn(LocalDate date, LocalDate today) {
    return upcomingSchedules(today).stream()
        .filter(schedule -> schedule.date().equals(date))
        .findFirst();
  }
}
