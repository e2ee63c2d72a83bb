package com.concert.application.service;

import com.concert.application.port.in.AuditInvariantsUseCase;
import com.concert.application.port.in.AuditReport;
import com.concert.application.port.in.AuditReport.Invariant;
import com.concert.application.port.in.AuditReport.Violation;
import com.concert.application.port.out.InvariantChecks;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Runs every invariant check and names what each one found. */
public class AuditInvariantsService implements AuditInvariantsUseCase {

  /**
   * How long past its expiry a hold may still be stored as HELD before it counts as stale. The
   * sweeper marks expired holds every two seconds on every instance, so a minute covers some thirty
   * sweeps: a hold still HELD after that means no sweeper is running, or one keeps failing.
   */
  public static final Duration STALE_HOLD_GRACE = Duration.ofMinutes(1);

  private final InvariantChecks checks;
  private final Clock clock;

  public AuditInvariantsService(InvariantChecks checks, Clock clock) {
    this.checks = checks;
    this.clock = clock;
  }

  @Override
  public AuditReport audit() {
    var now = clock.instant();
    var violations = new ArrayList<Violation>();
    add(violations, Invariant.ONE_LIVE_RESERVATION_PER_SEAT, checks.seatsOccupiedTwice(now));
    add(violations, Invariant.CONFIRMED_IS_PAID_AND_SOLD, checks.confirmedWithoutPaymentOrSale());
    add(violations, Invariant.BALANCE_EQUALS_LEDGER, checks.walletsOffTheirLedger());
    add(
        violations,
        Invariant.NO_STALE_HOLD,
        checks.holdsStillHeldPast(now.minus(STALE_HOLD_GRACE)));
    return new AuditReport(now, violations);
  }

  private static void add(List<Violation> violations, Invariant invariant, List<String> found) {
    found.forEach(detail -> violations.add(new Violation(invariant, detail)));
  }
}
