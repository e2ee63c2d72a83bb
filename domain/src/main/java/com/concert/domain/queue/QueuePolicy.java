package com.concert.domain.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules of the waiting queue: how many users may book at once, for how long, and how long the
 * wait is estimated to be.
 */
public record QueuePolicy(int maxActiveUsers, Duration activeTtl) {

  public QueuePolicy {
    if (maxActiveUsers < 1) {
      throw new IllegalArgumentException("at least one user must be able to book");
    }
    Objects.requireNonNull(activeTtl);
    if (activeTtl.isNegative() || activeTtl.isZero()) {
      throw new IllegalArgumentException("an active token lives for a positive time");
    }
  }

  /** How many waiting users may be admitted while {@code activeNow} tokens are active. */
  public int slotsToFill(int activeNow) {
    return Math.max(0, maxActiveUsers - activeNow);
  }

  public Instant expiryOfTokenActivatedAt(Instant activatedAt) {
    return activatedAt.plus(activeTtl);
  }

  /** How long a finished token is still honoured: as long as an active token would live. */
  public Duration finishedGrace() {
    return activeTtl;
  }

  /**
   * The estimated wait of the user at {@code position} (1 is next). With a measured pace, the
   * position divided by it; before there is any history, the worst case: each full batch of {@code
   * maxActiveUsers} users ahead takes one whole {@code activeTtl} to make room.
   */
  public long estimatedWaitSeconds(long position, Optional<AdmissionRate> rate) {
    if (position <= 0) {
      return 0;
    }
    if (rate.isPresent()) {
      return (long) Math.ceil(position / rate.get().perSecond());
    }
    var batches = (position + maxActiveUsers - 1) / maxActiveUsers;
    return batches * activeTtl.toSeconds();
  }
}
