package com.concert.application.service;

import com.concert.application.port.in.ConcertSummary;
import com.concert.application.port.in.ListConcertsUseCase;
import com.concert.domain.port.out.ConcertRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

public class ListConcertsService implements ListConcertsUseCase {

  private final ConcertRepository concerts;
  private final Clock clock;

  public ListConcertsService(ConcertRepository concerts, Clock clock) {
    this.concerts = concerts;
    this.clock = clock;
  }

  @Override
  public List<ConcertSummary> listConcerts() {
    var today = LocalDate.now(clock);
    return concerts.findAll().stream().map(concert -> ConcertSummary.of(concert, today)).toList();
  }
}
