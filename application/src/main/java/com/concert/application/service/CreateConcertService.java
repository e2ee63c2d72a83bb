package com.concert.application.service;

import com.concert.application.port.in.ConcertSummary;
import com.concert.application.port.in.CreateConcertCommand;
import com.concert.application.port.in.CreateConcertUseCase;
import com.concert.domain.concert.ConcertPlan;
import com.concert.domain.port.out.ConcertRepository;
import java.time.Clock;
import java.time.LocalDate;

public class CreateConcertService implements CreateConcertUseCase {

  private final ConcertRepository concerts;
  private final Clock clock;

  public CreateConcertService(ConcertRepository concerts, Clock clock) {
    this.concerts = concerts;
    this.clock = clock;
  }

  @Override
  public ConcertSummary createConcert(CreateConcertCommand command) {
    var today = LocalDate.now(clock);
    var plan = ConcertPlan.of(command.title(), command.schedules(), today);
    return ConcertSummary.of(concerts.add(plan, clock.instant()), today);
  }
}
