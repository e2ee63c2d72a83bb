package com.concert.domain.reservation;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long a seat is held unpaid, and how many seats one user may hold at once. The one statement
 * of the hold limit.
 */
public record HoldPolicy(Duration holdTtl, int maxHoldsPerUser) {

  public HoldPolicy {
    Objects.requireNonNull(holdTtl);
    if (holdTtl.isNegative() || holdTtl.isZero()) {
      throw new IllegalArgumentException("a hold lasts a positive time, not " + holdTtl);
    }
    if (maxHoldsPerUser < 1) {
      throw new IllegalArgumentException(
          "a user may hold at least one seat, not " + maxHoldsPerUser);
    }
  }

  /**
   * The period of a new hold, for a user who holds {@code liveHolds} seats right now.
   *
   * @throws HoldLimitReachedException when the user already holds as many seats as allowed
   */
  public HoldPeriod periodOfNextHold(int liveHolds, Instant now) {
    if (liveHolds >= maxHoldsPerUser) {
      throw new HoldLimitReachedException(maxHoldsPerUser);
    }
    return HoldPeriod.startingAt(now, holdTtl);
  }
}
