package com.concert.application.service;

import com.concert.application.port.in.AvailableDate;
import com.concert.application.port.in.ListAvailableDatesUseCase;
import com.concert.domain.concert.ConcertId;
import com.concert.domain.concert.Schedule;
import com.concert.domain.port.out.SeatRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public class ListAvailableDatesService implements ListAvailableDatesUseCase {

  private final ConcertLookup lookup;
  private final SeatRepository seats;
  private final Clock clock;

  public ListAvailableDatesService(ConcertLookup lookup, SeatRepository seats, Clock clock) {
    this.lookup = lookup;
    this.seats = seats;
    this.clock = clock;
  }

  @Override
  public List<AvailableDate> listAvailableDates(Optional<ConcertId> concertId) {
    var now = clock.instant();
    var upcoming = lookup.concert(concertId).upcomingSchedules(LocalDate.now(clock));
    var available = seats.countAvailable(upcoming.stream().map(Schedule::id).toList(), now);
    return upcoming.stream()
        .map(schedule -> new AvailableDate(schedule.date(), available.get(schedule.id())))
        .filter(date -> date.availableSeats() > 0)
        .toList();
  }
}
