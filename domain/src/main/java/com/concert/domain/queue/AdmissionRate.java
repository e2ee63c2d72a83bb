package com.concert.domain.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How fast the line moves: slots given back (tokens finished or expired) per second over the last
 * minutes, the pace at which waiting users are admitted while the hall is full.
 */
public record AdmissionRate(double perSecond) {

  /** How far back the pace is measured. */
  public static final Duration WINDOW = Duration.ofMinutes(5);

  /** A shorter history than this is stretched to it, so one early release does not promise much. */
  public static final Duration MIN_SPAN = Duration.ofSeconds(10);

  public AdmissionRate {
    if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
      throw new IllegalArgumentException("an admission rate is positive and finite");
    }
  }

  /**
   * The pace from {@code released} slots given back within the window that ends {@code now}, for a
   * queue that has admitted users since {@code firstAdmission}; empty without any release yet.
   */
  public static Optional<AdmissionRate> measure(
      long released, Optional<Instant> firstAdmission, Instant now) {
    if (released <= 0 || firstAdmission.isEmpty()) {
      return Optional.empty();
    }
    var history = Duration.between(firstAdmission.get(), now);
    var span = history.compareTo(WINDOW) > 0 ? WINDOW : history;
    if (span.compareTo(MIN_SPAN) < 0) {
      span = MIN_SPAN;
    }
    return Optional.of(new AdmissionRate(released / (span.toMillis() / 1000.0)));
  }
}
