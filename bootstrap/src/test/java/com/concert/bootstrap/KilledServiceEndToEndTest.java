package com.concert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.concert.db.testing.TestDatabase;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The service killed with SIGKILL while fans are paying, three times over: every payment is whole
 * or absent (money, seats, ledger, payment rows agree), and the restarted service serves at once.
 */
class KilledServiceEndToEndTest {

  static final String ADMIN_KEY = "killed-service-admin-key";
  static final long PRICE = 1_000;
  static final int SEATS = 400;
  static final int SHOPPERS = 6;

  static ServiceProcess start(TestDatabase database) throws Exception {
    return ServiceProcess.start(
        database,
        ServiceProcess.logFile("killed-service"),
        "concert.demo-data=false",
        "concert.admin.api-key=" + ADMIN_KEY,
        "concert.queue.max-active-users=100000");
  }

  @Test
  void aKillAtAnyMomentLeavesNoHalfDonePaymentAndARestartServes() throws Exception {
    try (var database = TestDatabase.create()) {
      var date = BookingApi.TODAY.plusDays(9);
      long concert;
      try (var service = start(database)) {
        var created =
            service
                .api()
                .post(
                    "/api/admin/concerts",
                    Map.of(
                        "title",
                        "Power Cut",
                        "schedules",
                        List.of(
                            Map.of("date", date.toString(), "seatCount", SEATS, "price", PRICE))),
                    "X-Admin-Key",
                    ADMIN_KEY);
        concert = created.json().get("id").asLong();
      }
      var nextSeat = new AtomicInteger(1);

      for (int round = 0; round < 3; round++) {
        var service = start(database);
        shopUntilKilled(service, concert, date, nextSeat);
        assertThat(MoneyAndSeatInvariants.violations(database)).isEmpty();
      }

      try (var restarted = start(database)) {
        buyOne(new BookingApi(restarted.api()), concert, date, SEATS);
      }
      assertThat(MoneyAndSeatInvariants.violations(database)).isEmpty();
    }
  }

  /**
   * Shoppers buy seat after seat until the service dies under them; it is killed once a few
   * payments went through, while others are in flight. Only a lost connection ends a shopper
   * quietly: any other failure, before the kill, fails the test.
   */
  private static void shopUntilKilled(
      ServiceProcess service, long concert, LocalDate date, AtomicInteger nextSeat)
      throws Exception {
    var booking = new BookingApi(service.api());
    var paid = new AtomicInteger();
    var alive = new AtomicBoolean(true);
    var failures = new ConcurrentLinkedQueue<String>();
    var pool = Executors.newFixedThreadPool(SHOPPERS);
    try {
      for (int i = 0; i < SHOPPERS; i++) {
        pool.submit(
            () -> {
              while (alive.get()) {
                try {
                  var seat = nextSeat.getAndIncrement();
                  if (seat < SEATS) {
                    buyOne(booking, concert, date, seat);
                    paid.incrementAndGet();
                  }
                } catch (IllegalStateException e) {
                  if (!(e.getCause() instanceof IOException)) {
                    failures.add(e.getMessage());
                  }
                  return;
                } catch (AssertionError unexpected) {
                  failures.add(unexpected.getMessage());
                  return;
                }
              }
            });
      }
      var deadline = Instant.now().plus(Duration.ofMinutes(1));
      while (paid.get() < 5) {
        assertThat(failures).as("failures before the kill").isEmpty();
        assertThat(Instant.now()).as("five payments before the kill").isBefore(deadline);
        Thread.sleep(20);
      }
      service.kill();
      alive.set(false);
    } finally {
      alive.set(false);
      pool.shutdown();
      pool.awaitTermination(60, TimeUnit.SECONDS);
    }
    assertThat(failures).isEmpty();
  }

  /** A new fan charges, holds the seat and pays for it. */
  private static void buyOne(BookingApi booking, long concert, LocalDate date, int seat) {
    var api = booking.http;
    var user = BookingApi.newUserId();
    var token = api.tokenOf(user);
    api.post("/api/charge", Map.of("userId", user, "amount", PRICE));
    var held = booking.reserve(token, concert, date, seat);
    if (held.status() != 200) {
      throw new AssertionError("hold of seat " + seat + ": " + held);
    }
    var payment = api.post("/api/payment", Map.of(), "Authorization", token);
    if (payment.status() != 200) {
      throw new AssertionError("payment of seat " + seat + ": " + payment);
    }
  }
}
