package com.concert.domain.concert;

import com.concert.domain.reservation.HoldPeriod;
import java.time.Instant;
import java.util.Objects;

/**
 * What the live reservation of a seat, if any, says about it. The seat's status is derived from it
 * at the moment of asking, so a hold reads as free the instant it expires.
 */
public sealed interface SeatOccupancy {

  SeatStatus statusAt(Instant now);

  record Free() implements SeatOccupancy {
    @Override
    public SeatStatus statusAt(Instant now) {
      return SeatStatus.AVAILABLE;
    }
  }

  record Held(HoldPeriod period) implements SeatOccupancy {
    public Held {
      Objects.requireNonNull(period);
    }

    @Override
    public SeatStatus statusAt(Instant now) {
      return period.isOverAt(now) ? SeatStatus.AVAILABLE : SeatStatus.HELD;
    }
  }

  record Sold() implements SeatOccupancy {
    @Override
    public SeatStatus statusAt(Instant now) {
      return SeatStatus.SOLD;
    }
  }
}
