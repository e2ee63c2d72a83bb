package com.concert.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.concert.application.port.in.AuditReport.Invariant;
import com.concert.application.port.in.AuditReport.Violation;
import com.concert.application.port.out.InvariantChecks;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditInvariantsServiceTest {

  static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  final List<Instant> askedAbout = new ArrayList<>();

  AuditInvariantsService serviceFinding(
      List<String> seats, List<String> confirmed, List<String> wallets, List<String> holds) {
    var checks =
        new InvariantChecks() {
          @Override
          public List<String> seatsOccupiedTwice(Instant now) {
            askedAbout.add(now);
            return seats;
          }

          @Override
          public List<String> confirmedWithoutPaymentOrSale() {
            return confirmed;
          }

          @Override
          public List<String> walletsOffTheirLedger() {
            return wallets;
          }

          @Override
          public List<String> holdsStillHeldPast(Instant cutoff) {
            askedAbout.add(cutoff);
            return holds;
          }
        };
    return new AuditInvariantsService(checks, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  void healthyDataHasNoViolationAndTheReportSaysWhenItLooked() {
    var report = serviceFinding(List.of(), List.of(), List.of(), List.of()).audit();

    assertThat(report.checkedAt()).isEqualTo(NOW);
    assertThat(report.violations()).isEmpty();
  }

  @Test
  void eachFindingIsNamedAfterTheInvariantItBreaks() {
    var report =
        serviceFinding(
                List.of("seat 1"), List.of("reservation 2"), List.of("wallet 3"), List.of("hold 4"))
            .audit();

    assertThat(report.violations())
        .containsExactly(
            new Violation(Invariant.ONE_LIVE_RESERVATION_PER_SEAT, "seat 1"),
            new Violation(Invariant.CONFIRMED_IS_PAID_AND_SOLD, "reservation 2"),
            new Violation(Invariant.BALANCE_EQUALS_LEDGER, "wallet 3"),
            new Violation(Invariant.NO_STALE_HOLD, "hold 4"));
  }

  @Test
  void seatsAreCheckedNowAndHoldsOnlyPastTheGraceTheSweeperNeeds() {
    serviceFinding(List.of(), List.of(), List.of(), List.of()).audit();

    assertThat(askedAbout).containsExactly(NOW, NOW.minus(AuditInvariantsService.STALE_HOLD_GRACE));
  }
}
