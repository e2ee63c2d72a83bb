package com.concert.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.concert.application.port.out.UnitOfWork;
import com.concert.application.service.ExpireHoldsService;
import com.concert.db.testing.Race;
import com.concert.domain.reservation.HoldPeriod;
import com.concert.domain.reservation.Reservation;
import com.concert.domain.reservation.ReservationId;
import com.concert.domain.shared.Money;
import com.concert.domain.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sweep against itself on other instances, and against a payment confirming several holds. */
class ExpireHoldsRaceTest {

  static final Instant HELD_AT = Instant.parse("2026-12-01T10:00:00Z");
  static final Duration TTL = Duration.ofMinutes(5);
  static final Instant EXPIRY = HELD_AT.plus(TTL);

  static PostgresTestSupport db;
  static JooqReservationRepository reservations;
  static ReservationRows rows;
  static long lastUser = 10_000;

  @BeforeAll
  static void start() {
    db = PostgresTestSupport.start(8);
    reservations = new JooqReservationRepository(db.dsl());
    rows = new ReservationRows(db.dsl());
  }

  @AfterAll
  static void stop() {
    db.close();
  }

  /** {@code seats} holds of one user, all expiring at {@link #EXPIRY}. */
  static List<ReservationId> holds(UserId user, int seats) {
    var concert =
        TestConcerts.oneShow(
            db.dsl(), "Sweep", LocalDate.of(2026, 12, 24), seats, Money.won(1), HELD_AT);
    return TestConcerts.holdEverySeat(
        reservations, user, concert, HoldPeriod.startingAt(HELD_AT, TTL));
  }

  /**
   * The payment's way of confirming several holds: lock the user's running holds as they are read,
   * require every one asked for, confirm each. All of them or none.
   */
  static int confirmAll(UserId user, List<ReservationId> ids, Instant now) {
    return db.inTransaction(
        () -> {
          var held = reservations.findLiveHoldsOfUserForUpdate(user, now);
          if (!held.stream().map(Reservation::id).toList().containsAll(ids)) {
            throw new IllegalStateException("only " + held.size() + " of " + ids.size() + " held");
          }
          var payment = TestPayments.create(db.dsl(), user);
          held.forEach(hold -> reservations.recordClosing(hold.confirm(payment, now)));
          return held.size();
        });
  }

  static final UnitOfWork TRANSACTIONS =
      new UnitOfWork() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
          return db.inTransaction(work);
        }
      };

  @Test
  void sweepsOnFourInstancesAtOnceMarkEachDeadHoldExactlyOnce() {
    var ids = holds(new UserId(++lastUser), 1_000);
    var sweepAt = Clock.fixed(EXPIRY, ZoneOffset.UTC);
    var events = new CountingBookingEvents();

    var outcomes =
        Race.run(
            4,
            i ->
                () ->
                    new ExpireHoldsService(reservations, TRANSACTIONS, events, sweepAt)
                        .expireHolds());

    assertThat(outcomes).allMatch(Race.Outcome::succeeded);
    assertThat(outcomes.stream().mapToInt(Race.Outcome::value).sum()).isEqualTo(1_000);
    assertThat(events.expired).hasValue(1_000);
    assertThat(rows.statuses(ids)).hasSize(1_000).containsOnly("EXPIRED");
  }

  /**
   * Instances whose clocks differ: the payment still sees the holds running, the sweep sees them
   * over. Each round ends with all of them confirmed, or none (and then all expired), never a mix.
   */
  @Test
  void aPaymentOfSeveralHoldsAndTheSweepNeverBothWin() {
    var paymentNow = EXPIRY.minusSeconds(1);
    var sweepNow = EXPIRY.plusSeconds(1);
    for (int round = 0; round < 20; round++) {
      var user = new UserId(++lastUser);
      var ids = holds(user, 20);

      var outcomes =
          Race.run(
              2,
              i ->
                  i == 0
                      ? () -> confirmAll(user, ids, paymentNow)
                      : () -> db.inTransaction(() -> reservations.expireHolds(sweepNow, 7)));
      db.inTransaction(() -> reservations.expireHolds(sweepNow, 1_000));

      var payment = outcomes.get(0);
      assertThat(outcomes.get(1).succeeded()).as(String.valueOf(outcomes.get(1).error())).isTrue();
      assertThat(payment.succeeded() || payment.failedWith(IllegalStateException.class))
          .as(String.valueOf(payment.error()))
          .isTrue();
      assertThat(rows.statuses(ids)).containsOnly(payment.succeeded() ? "CONFIRMED" : "EXPIRED");
    }
  }
}
