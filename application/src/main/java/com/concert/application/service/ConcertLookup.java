package com.concert.application.service;

import com.concert.domain.concert.Concert;
import com.concert.domain.concert.ConcertId;
import com.concert.domain.concert.ConcertNotFoundException;
import com.concert.domain.concert.Schedule;
import com.concert.domain.concert.ScheduleNotFoundException;
import com.concert.domain.port.out.ConcertRepository;
import com.concert.domain.shared.InvalidRequestException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Finds the concert and show a request is about. The one place of the rule that a concert id may be
 * left out while the catalog holds exactly one concert.
 */
public class ConcertLookup {

  private final ConcertRepository concerts;

  public ConcertLookup(ConcertRepository concerts) {
    this.concerts = concerts;
  }

  public Concert concert(Optional<ConcertId> id) {
    if (id.isPresent()) {
      return concerts.findById(id.get()).orElseThrow(() -> new ConcertNotFoundException(id.get()));
    }
    return concerts
        .findSole()
        .orElseThrow(
            () ->
                new InvalidRequestException(
                    "concertId is required unless the catalog holds exactly one concert"));
  }

  public Schedule upcomingSchedule(Optional<ConcertId> id, LocalDate date, LocalDate today) {
    return upcomingShow(id, date, today).schedule();
  }

  /** The concert with its show on that date, unless the show has passed. */
  public Show upcomingShow(Optional<ConcertId> id, LocalDate date, LocalDate today) {
    var concert = concert(id);
    var schedule =
        concert
            .upcomingScheduleOn(date, today)
            .orElseThrow(() -> new ScheduleNotFoundException(concert.id(), date));
    return new Show(concert, schedule);
  }

  public record Show(Concert concert, Schedule schedule) {}
}
