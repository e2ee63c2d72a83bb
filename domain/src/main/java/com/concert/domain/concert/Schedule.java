package com.concert.domain.concert;

import com.concert.domain.shared.Money;
import java.time.LocalDate;
import java.util.Objects;

/** A show: the concert on one date, with its number of seats and the price of each. */
public record Schedule(ScheduleId id, LocalDate date, int seatCount, Money price) {

  public Schedule {
    Objects.requireNonNull(id);
    Objects.requireNonNull(date);
    Objects.requireNonNull(price);
  }

  public boolean isOnOrAfter(LocalDate day) {
    return !date.isBefore(day);
  }
}
