package com.concert.application.service;

import com.concert.application.port.in.ListSeatsQuery;
import com.concert.application.port.in.ListSeatsUseCase;
import com.concert.application.port.in.SeatView;
import com.concert.domain.port.out.SeatRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

public class ListSeatsService implements ListSeatsUseCase {

  private final ConcertLookup lookup;
  private final SeatRepository seats;
  private final Clock clock;

  public ListSeatsService(ConcertLookup lookup, SeatRepository seats, Clock clock) {
    this.lookup = lookup;
    this.seats = seats;
    this.clock = clock;
  }

  @Override
  public List<SeatView> listSeats(ListSeatsQuery query) {
    var now = clock.instant();
    var schedule = lookup.upcomingSchedule(query.concert(), query.date(), LocalDate.now(clock));
    return seats.findBySchedule(schedule.id()).stream()
        .map(seat -> new SeatView(seat.seatNo(), seat.statusAt(now), seat.price()))
        .toList();
  }
}
