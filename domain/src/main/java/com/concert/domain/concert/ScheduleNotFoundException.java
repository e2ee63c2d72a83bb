package com.concert.domain.concert;

import com.concert.domain.shared.DomainException;
import com.concert.domain.shared.ErrorCode;
import java.time.LocalDate;

public class ScheduleNotFoundException extends DomainException {

  public ScheduleNotFoundException(ConcertId concert, LocalDate date) {
    super(
        ErrorCode.SCHEDULE_NOT_FOUND,
        "concert " + concert.value() + " has no upcoming show on " + date);
  }
}
