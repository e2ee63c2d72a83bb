package com.concert.domain.queue;

import java.util.Objects;
import java.util.Optional;

/**
 * A token with where it stands: its 1-based position while it waits (0 once admitted) and the pace
 * the line moves at.
 */
public record QueueStanding(QueueToken token, long position, Optional<AdmissionRate> rate) {

  public QueueStanding {
    Objects.requireNonNull(token);
    Objects.requireNonNull(rate);
  }
}
