package com.concert.application.port.out;

import java.time.Instant;
import java.util.List;

/**
 * Finds the stored data that breaks an invariant, one set-based query per invariant, cheap enough
 * to run every minute. Each answer describes one offending seat, reservation or wallet by its ids;
 * each lists at most {@link #MAX_LISTED} of them, so a disaster cannot make the report unbounded.
 */
public interface InvariantChecks {

  int MAX_LISTED = 100;

  /** Seats occupied at {@code now} by more than one reservation. */
  List<String> seatsOccupiedTwice(Instant now);

  /** CONFIRMED reservations without their payment, or whose seat is not sold to them. */
  List<String> confirmedWithoutPaymentOrSale();

  /** Wallets whose balance is not the sum of their ledger entries. */
  List<String> walletsOffTheirLedger();

  /** Reservations still stored as HELD whose hold ended before {@code cutoff}. */
  List<String> holdsStillHeldPast(Instant cutoff);
}
