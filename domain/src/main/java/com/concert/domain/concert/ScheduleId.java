package com.concert.domain.concert;

import com.concert.domain.shared.InvalidRequestException;

/** One show of a concert: the concert on one date. */
public record ScheduleId(long value) {

  public ScheduleId {
    if (value <= 0) {
      throw new InvalidRequestException("a schedule id is a positive integer, not " + value);
    }
  }
}
