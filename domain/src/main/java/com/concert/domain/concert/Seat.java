package com.concert.domain.concert;

import com.concert.domain.shared.Money;
import java.time.Instant;
import java.util.Objects;

/** A seat of one show, with its price and whatever currently occupies it. */
public record Seat(ScheduleId scheduleId, SeatNo seatNo, Money price, SeatOccupancy occupancy) {

  public Seat {
    Objects.requireNonNull(scheduleId);
    Objects.requireNonNull(seatNo);
    Objects.requireNonNull(price);
    Objects.requireNonNull(occupancy);
  }

  public SeatStatus statusAt(Instant now) {
    return occupancy.statusAt(now);
  }
}
