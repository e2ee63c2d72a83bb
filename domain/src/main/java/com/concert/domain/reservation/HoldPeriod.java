package com.concert.domain.reservation;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The time a seat is held for one user. The single statement of the rule "a hold expires after its
 * time-to-live": from {@code expiresAt} on, the hold is over, whatever its stored status says.
 */
public record HoldPeriod(Instant heldAt, Instant expiresAt) {

  public HoldPeriod {
    Objects.requireNonNull(heldAt);
    Objects.requireNonNull(expiresAt);
    if (!expiresAt.isAfter(heldAt)) {
      throw new IllegalArgumentException("a hold ends after it starts");
    }
  }

  public static HoldPeriod startingAt(Instant now, Duration timeToLive) {
    return new HoldPeriod(now, now.plus(timeToLive));
  }

  public boolean isOverAt(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
