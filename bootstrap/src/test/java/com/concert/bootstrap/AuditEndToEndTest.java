package com.concert.bootstrap;

import static com.concert.db.jooq.Tables.PAYMENT;
import static com.concert.db.jooq.Tables.RESERVATION;
import static com.concert.db.jooq.Tables.SCHEDULE;
import static com.concert.db.jooq.Tables.SEAT;
import static com.concert.db.jooq.Tables.WALLET;
import static org.assertj.core.api.Assertions.assertThat;

import com.concert.db.testing.PlantedReservations;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The audit over HTTP and as a scheduled job. Each broken invariant is planted straight in the
 * tables, past the constraints and statements that normally prevent it, and removed afterwards. The
 * sweeper is replaced by a stand-in that never sweeps, so a stale hold stays as planted: that is
 * the fault {@code NO_STALE_HOLD} exists to catch.
 */
@ServiceTest(properties = "concert.audit.interval=PT1S")
class AuditEndToEndTest {

  static final LocalDate SHOW = BookingApi.TODAY.plusDays(4);

  @LocalServerPort int port;
  @Autowired DSLContext dsl;
  @MockitoBean HoldExpiryJob sweeperThatNeverSweeps;
  BookingApi api;
  long schedule;
  final Deque<Runnable> undo = new ArrayDeque<>();

  @BeforeEach
  void aHealthyConcertWithHoldsAndAWallet() {
    api = new BookingApi(port);
    var concert = api.createConcert(SHOW, 5, 20_000);
    schedule =
        dsl.select(SCHEDULE.ID)
            .from(SCHEDULE)
            .where(SCHEDULE.CONCERT_ID.eq(concert))
            .fetchSingle(SCHEDULE.ID);
    var fan = api.activeToken();
    api.cancel(fan, api.hold(fan, concert, SHOW, 1));
    api.hold(fan, concert, SHOW, 2);
    var user = BookingApi.newUserId();
    api.http.post("/api/charge", Map.of("userId", user, "amount", 30_000));
  }

  @AfterEach
  void removeWhatWasPlanted() {
    while (!undo.isEmpty()) {
      undo.pop().run();
    }
  }

  @Test
  void aHealthyServiceHasNoViolationAndTheAuditNeedsTheAdminKey() {
    var report = audit();

    assertThat(report.json().get("violations").isEmpty()).as(report.toString()).isTrue();
    assertThat(Instant.parse(report.json().get("checkedAt").asString()))
        .isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(60));
    var withoutKey = api.http.get("/api/admin/audit");
    assertThat(withoutKey.status()).isEqualTo(401);
    assertThat(withoutKey.code()).isEqualTo("ADMIN_KEY_INVALID");
  }

  @Test
  void aSeatWithTwoLiveReservationsBreaksOneLiveReservationPerSeat() {
    withoutTheLiveSeatIndex();
    plant(3, "HELD", Instant.now(), null);
    plant(3, "HELD", Instant.now(), null);

    assertReported("ONE_LIVE_RESERVATION_PER_SEAT", "seat " + seatId(3) + " ");
  }

  /** The seat is then occupied twice as well, which is the other invariant's finding. */
  @Test
  void aConfirmedReservationWhoseSeatIsHeldBySomeoneElseIsNotSold() {
    withoutTheLiveSeatIndex();
    var confirmed = plant(4, "CONFIRMED", Instant.now().minusSeconds(30), plantPayment(1));
    plant(4, "HELD", Instant.now(), null);

    var violations = audit().json().get("violations");
    assertThat(violations.findValuesAsString("invariant"))
        .containsExactly("ONE_LIVE_RESERVATION_PER_SEAT", "CONFIRMED_IS_PAID_AND_SOLD");
    assertThat(violations.get(1).get("detail").asString())
        .startsWith("reservation " + confirmed + " ");
  }

  @Test
  void aConfirmedReservationOnSomeoneElsesPaymentIsNotPaid() {
    var confirmed = plant(4, "CONFIRMED", Instant.now().minusSeconds(30), plantPayment(2));

    assertReported("CONFIRMED_IS_PAID_AND_SOLD", "reservation " + confirmed + " ");
  }

  @Test
  void aBalanceThatIsNotItsLedgerSumIsReported() {
    var user = BookingApi.newUserId();
    api.http.post("/api/charge", Map.of("userId", user, "amount", 10_000));
    dsl.update(WALLET).set(WALLET.BALANCE, 10_001L).where(WALLET.USER_ID.eq(user)).execute();
    undo.push(
        () ->
            dsl.update(WALLET)
                .set(WALLET.BALANCE, 10_000L)
                .where(WALLET.USER_ID.eq(user))
                .execute());

    assertReported("BALANCE_EQUALS_LEDGER", "wallet of user " + user + " ");
  }

  @Test
  void aHoldLongPastItsExpiryThatNoSweepMarkedIsStaleAndCountedInTheMetric() throws Exception {
    var stale = plant(5, "HELD", Instant.now().minus(Duration.ofMinutes(10)), null);

    assertReported("NO_STALE_HOLD", "reservation " + stale + " ");
    assertThat(gaugeOnceAboveZero("NO_STALE_HOLD")).isEqualTo(1);
  }

  private HttpApi.Response audit() {
    var report = api.http.get("/api/admin/audit", "X-Admin-Key", ServiceTest.ADMIN_KEY);
    assertThat(report.status()).as(report.toString()).isEqualTo(200);
    return report;
  }

  private void assertReported(String invariant, String detailStart) {
    var violations = audit().json().get("violations");
    assertThat(violations).hasSize(1);
    assertThat(violations.get(0).get("invariant").asString()).isEqualTo(invariant);
    assertThat(violations.get(0).get("detail").asString()).startsWith(detailStart);
  }

  /**
   * The job's gauge for the invariant, once a scheduled audit has seen the violation; the wait is
   * bounded by a few of its one-second rounds.
   */
  private double gaugeOnceAboveZero(String invariant) throws InterruptedException {
    var sample =
        Pattern.compile(
            "(?m)^concert_audit_violations\\{[^}]*invariant=\"" + invariant + "\"[^}]*} (\\S+)$");
    for (int round = 0; round < 50; round++) {
      var matcher = sample.matcher(api.http.get("/actuator/prometheus").text());
      if (matcher.find() && Double.parseDouble(matcher.group(1)) > 0) {
        return Double.parseDouble(matcher.group(1));
      }
      Thread.sleep(200);
    }
    return 0;
  }

  /** Without it, a seat can hold two live reservations; claims need it, so it comes back. */
  private void withoutTheLiveSeatIndex() {
    dsl.execute("drop index reservation_live_seat_uq");
    undo.push(
        () ->
            dsl.execute(
                "create unique index reservation_live_seat_uq on reservation (seat_id)"
                    + " where status in ('HELD', 'CONFIRMED')"));
  }

  /** A reservation of the user 1 held at {@code heldAt} for five minutes; its id. */
  private long plant(int seatNo, String status, Instant heldAt, Long payment) {
    var id =
        PlantedReservations.plant(
            dsl, 1L, seatId(seatNo), schedule, 20_000L, status, heldAt, payment);
    undo.push(() -> dsl.deleteFrom(RESERVATION).where(RESERVATION.ID.eq(id)).execute());
    return id;
  }

  /** A payment of that user, of nothing; its id. */
  private long plantPayment(long user) {
    var id =
        dsl.insertInto(PAYMENT)
            .set(PAYMENT.USER_ID, user)
            .set(PAYMENT.AMOUNT, 0L)
            .set(PAYMENT.BALANCE_AFTER, 0L)
            .set(PAYMENT.STATUS, "PAID")
            .set(PAYMENT.PAID_AT, Instant.now())
            .returningResult(PAYMENT.ID)
            .fetchSingle(PAYMENT.ID);
    undo.push(() -> dsl.deleteFrom(PAYMENT).where(PAYMENT.ID.eq(id)).execute());
    return id;
  }

  private long seatId(int seatNo) {
    return dsl.select(SEAT.ID)
        .from(SEAT)
        .where(SEAT.SCHEDULE_ID.eq(schedule).and(SEAT.SEAT_NO.eq(seatNo)))
        .fetchSingle(SEAT.ID);
  }
}
