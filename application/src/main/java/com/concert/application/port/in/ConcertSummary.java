package com.concert.application.port.in;

import com.concert.domain.concert.Concert;
import com.concert.domain.concert.ConcertId;
import com.concert.domain.concert.ConcertTitle;
import com.concert.domain.concert.Schedule;
import java.time.LocalDate;
import java.util.List;

public record ConcertSummary(ConcertId id, ConcertTitle title, List<LocalDate> dates) {

  public ConcertSummary {
    dates = List.copyOf(dates);
  }

  /** The concert as a client sees it today: its dates from today on. */
  public static ConcertSummary of(Concert concert, LocalDate today) {
    return new ConcertSummary(
        concert.id(),
        concert.title(),
        concert.upcomingSchedules(today).stream().map(Schedule::date).toList());
  }
}
