package com.concert.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** What one audit found, and when it looked. */
public record AuditReport(Instant checkedAt, List<Violation> violations) {

  public AuditReport {
    Objects.requireNonNull(checkedAt);
    violations = List.copyOf(violations);
  }

  /** The invariants of the contract, by the names an operator sees. */
  public enum Invariant {
    ONE_LIVE_RESERVATION_PER_SEAT,
    CONFIRMED_IS_PAID_AND_SOLD,
    BALANCE_EQUALS_LEDGER,
    NO_STALE_HOLD
  }

  /** One broken invariant; {@code detail} names the rows involved by their ids. */
  public record Violation(Invariant invariant, String detail) {

    public Violation {
      Objects.requireNonNull(invariant);
      Objects.requireNonNull(detail);
    }
  }
}
