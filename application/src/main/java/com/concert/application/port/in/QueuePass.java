package com.concert.application.port.in;

import com.concert.domain.shared.UserId;
import java.util.Objects;

/**
 * What a presented queue token proves: whose it is and how far it lets them in. Booking use cases
 * take their user from here, never from a request body.
 */
public record QueuePass(UserId user, Access access, long position) {

  public enum Access {
    /** Admitted: may book and pay. */
    ACTIVE,
    /** In line: may read their reservations, nothing more. */
    WAITING,
    /** Paid and done: may read their reservations and replay the payment that finished it. */
    FINISHED
  }

  public QueuePass {
    Objects.requireNonNull(user);
    Objects.requireNonNull(access);
  }
}
