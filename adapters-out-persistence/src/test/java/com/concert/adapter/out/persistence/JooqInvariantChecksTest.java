package com.concert.adapter.out.persistence;

import static com.concert.db.jooq.Tables.SEAT;
import static com.concert.db.jooq.Tables.WALLET;
import static org.assertj.core.api.Assertions.assertThat;

import com.concert.db.testing.PlantedReservations;
import com.concert.domain.concert.SeatNo;
import com.concert.domain.shared.Money;
import com.concert.domain.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each check finds the violation planted for it straight in the tables (past the constraints that
 * normally forbid it), and nothing in data the service itself writes.
 */
class JooqInvariantChecksTest {

  static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  static final UserId USER = new UserId(42);

  static PostgresTestSupport db;
  JooqInvariantChecks checks;
  long schedule;

  @BeforeAll
  static void start() {
    db = PostgresTestSupport.start(2);
  }

  @AfterAll
  static void stop() {
    db.close();
  }

  @BeforeEach
  void healthyTablesWithAShowOfFiveSeats() {
    db.dsl().execute("truncate reservation, wallet_ledger, wallet, payment");
    db.dsl()
        .execute(
            "create unique index if not exists reservation_live_seat_uq on reservation (seat_id)"
                + " where status in ('HELD', 'CONFIRMED')");
    var concert =
        TestConcerts.oneShow(
            db.dsl(), "Audit", LocalDate.of(2026, 12, 24), 5, Money.won(1000), NOW);
    schedule = concert.schedules().get(0).id().value();
    checks = new JooqInvariantChecks(db.dsl());
  }

  @Test
  void dataWrittenTheWayTheServiceWritesItBreaksNoInvariant() {
    var wallets = new JooqWalletRepository(db.dsl());
    wallets.credit(USER, Money.won(5000), 1_000_000L, NOW);
    wallets.credit(USER, Money.won(700), 1_000_000L, NOW);
    insert(1, "HELD", NOW.minusSeconds(10), null);
    insert(2, "CONFIRMED", NOW.minusSeconds(60), TestPayments.create(db.dsl(), USER).value());
    insert(3, "EXPIRED", NOW.minusSeconds(3600), null);
    insert(3, "HELD", NOW.minusSeconds(5), null);

    assertThat(checks.seatsOccupiedTwice(NOW)).isEmpty();
    assertThat(checks.confirmedWithoutPaymentOrSale()).isEmpty();
    assertThat(checks.walletsOffTheirLedger()).isEmpty();
    assertThat(checks.holdsStillHeldPast(NOW.minus(Duration.ofMinutes(1)))).isEmpty();
  }

  @Test
  void aSeatOccupiedByTwoReservationsIsFoundAndADeadHoldBesideALiveOneIsNot() {
    db.dsl().execute("drop index reservation_live_seat_uq");
    var first = insert(1, "HELD", NOW.minusSeconds(10), null);
    var second =
        insert(1, "CONFIRMED", NOW.minusSeconds(20), TestPayments.create(db.dsl(), USER).value());
    insert(2, "HELD", NOW.minus(Duration.ofMinutes(10)), null);
    insert(2, "HELD", NOW.minusSeconds(10), null);

    var found = checks.seatsOccupiedTwice(NOW);

    assertThat(found).hasSize(1);
    assertThat(found.get(0)).contains("[" + first + ", " + second + "]");
  }

  @Test
  void aConfirmedReservationWhoseSeatIsAlsoHeldBySomeoneElseIsFound() {
    db.dsl().execute("drop index reservation_live_seat_uq");
    var confirmed =
        insert(4, "CONFIRMED", NOW.minusSeconds(60), TestPayments.create(db.dsl(), USER).value());
    insert(4, "HELD", NOW.minusSeconds(10), null);

    var found = checks.confirmedWithoutPaymentOrSale();

    assertThat(found)
        .containsExactly(
            "reservation "
                + confirmed
                + " is CONFIRMED but seat "
                + seat(4)
                + " is not sold to it alone");
  }

  @Test
  void aConfirmedReservationPaidBySomeoneElsesPaymentIsFound() {
    var othersPayment = TestPayments.create(db.dsl(), new UserId(7)).value();
    var confirmed = insert(4, "CONFIRMED", NOW.minusSeconds(60), othersPayment);

    var found = checks.confirmedWithoutPaymentOrSale();

    assertThat(found)
        .containsExactly(
            "reservation "
                + confirmed
                + " is CONFIRMED but payment "
                + othersPayment
                + " is not its user's");
  }

  @Test
  void aWalletWhoseBalanceIsNotItsLedgerSumIsFound() {
    var wallets = new JooqWalletRepository(db.dsl());
    wallets.credit(USER, Money.won(5000), 1_000_000L, NOW);
    wallets.credit(new UserId(7), Money.won(100), 1_000_000L, NOW);
    db.dsl()
        .update(WALLET)
        .set(WALLET.BALANCE, 4000L)
        .where(WALLET.USER_ID.eq(USER.value()))
        .execute();

    var found = checks.walletsOffTheirLedger();

    assertThat(found).containsExactly("wallet of user 42 holds 4000 but its ledger sums to 5000");
  }

  @Test
  void aHoldStillHeldLongPastItsExpiryIsFoundButOneJustOverIsNot() {
    var stale = insert(1, "HELD", NOW.minus(Duration.ofMinutes(10)), null);
    insert(2, "HELD", NOW.minus(Duration.ofMinutes(5)).minusSeconds(30), null);

    var found = checks.holdsStillHeldPast(NOW.minus(Duration.ofMinutes(1)));

    assertThat(found).hasSize(1);
    assertThat(found.get(0)).startsWith("reservation " + stale + " is still HELD");
  }

  private long seat(int seatNo) {
    return db.dsl()
        .select(SEAT.ID)
        .from(SEAT)
        .where(SEAT.SCHEDULE_ID.eq(schedule))
        .and(SEAT.SEAT_NO.eq(new SeatNo(seatNo).value()))
        .fetchSingle(SEAT.ID);
  }

  /** A reservation of the seat held at {@code heldAt} for five minutes; its id. */
  private long insert(int seatNo, String status, Instant heldAt, Long payment) {
    return PlantedReservations.plant(
        db.dsl(), USER.value(), seat(seatNo), schedule, 1000L, status, heldAt, payment);
  }
}
