package com.concert.application.port.in;

import com.concert.domain.concert.ConcertTitle;
import com.concert.domain.concert.SchedulePlan;
import java.util.List;
import java.util.Objects;

public record CreateConcertCommand(ConcertTitle title, List<SchedulePlan> schedules) {

  public CreateConcertCommand {
    Objects.requireNonNull(title);
    Objects.requireNonNull(schedules);
  }
}
