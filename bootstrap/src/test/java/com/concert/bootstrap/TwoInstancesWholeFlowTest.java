package com.concert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.concert.db.testing.Race;
import com.concert.db.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one database, both running their admission and expiry jobs, and fans using both
 * at random through the whole flow: token, wait in line, charge, hold, pay. Seats, money and the
 * queue's limit stay exact.
 */
class TwoInstancesWholeFlowTest {

  static final int SEATS = 6;
  static final int FANS = 14;
  static final int MAX_ACTIVE = 3;
  static final long PRICE = 10_000;
  static final String ADMIN_KEY = "two-instances-admin-key";

  static RunningService start(TestDatabase database) {
    return RunningService.start(
        database,
        database.jdbcUrl(),
        "concert.demo-data=false",
        "concert.admin.api-key=" + ADMIN_KEY,
        "concert.queue.max-active-users=" + MAX_ACTIVE,
        "concert.queue.active-ttl=PT8S",
        "spring.datasource.hikari.connection-timeout=30000");
  }

  /** What one fan ended with: the seat bought, or none. */
  record Outcome(long user, Integer seat) {}

  @Test
  void fansOnBothInstancesBuyWithExactSeatsMoneyAndQueueLimit() throws Exception {
    try (var database = TestDatabase.create();
        var first = start(database);
        var second = start(database)) {
      var instances = List.of(first.api(), second.api());
      var date = BookingApi.TODAY.plusDays(4);
      var created =
          first
              .api()
              .post(
                  "/api/admin/concerts",
                  Map.of(
                      "title",
                      "Two Halls",
                      "schedules",
                      List.of(Map.of("date", date.toString(), "seatCount", SEATS, "price", PRICE))),
                  "X-Admin-Key",
                  ADMIN_KEY);
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
      var concert = created.json().get("id").asLong();

      var highestActive = new AtomicInteger();
      var running = new AtomicBoolean(true);
      // Its join below rethrows whatever stopped it, so a failed sample cannot go unseen.
      var monitor =
          CompletableFuture.runAsync(() -> watchActiveTokens(database, highestActive, running));
      List<Race.Outcome<Outcome>> outcomes;
      try {
        outcomes = Race.run(FANS, fan -> () -> buy(instances, fan, concert, date));
      } finally {
        running.set(false);
        monitor.join();
      }

      assertThat(outcomes).allMatch(Race.Outcome::succeeded);
      var bought =
          outcomes.stream().map(Race.Outcome::value).filter(o -> o.seat() != null).toList();
      assertThat(bought.stream().map(Outcome::seat).collect(Collectors.toSet()))
          .as("every seat is bought once at most")
          .hasSize(bought.size());
      assertThat(bought).hasSize(SEATS);
      assertThat(highestActive.get()).isPositive().isLessThanOrEqualTo(MAX_ACTIVE);
      assertThat(MoneyAndSeatInvariants.violations(database)).isEmpty();
      assertThat(MoneyAndSeatInvariants.scalar(database, "select count(*) from payment"))
          .isEqualTo(SEATS);
      assertThat(
              MoneyAndSeatInvariants.scalar(
                  database, "select coalesce(sum(balance), 0) from wallet"))
          .isEqualTo(FANS * PRICE - SEATS * PRICE);
    }
  }

  /** One fan: waits in line, charges, tries the seats in a random order, pays for the first won. */
  private static Outcome buy(List<HttpApi> instances, int fan, long concert, LocalDate date)
      throws InterruptedException {
    var user = BookingApi.newUserId();
    var api = instances.get(fan % 2);
    var other = instances.get((fan + 1) % 2);
    var token = api.tokenOf(user);
    var deadline = Instant.now().plus(Duration.ofSeconds(120));
    while (!"ACTIVE"
        .equals(
            other.get("/api/token", "Authorization", token).json().path("status").asString(null))) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("user " + user + " was never admitted");
      }
      Thread.sleep(200);
    }
    var charged = other.post("/api/charge", Map.of("userId", user, "amount", PRICE));
    if (charged.status() != 200) {
      throw new IllegalStateException("charge failed: " + charged);
    }
    var seats =
        IntStream.rangeClosed(1, SEATS).boxed().collect(Collectors.toCollection(ArrayList::new));
    Collections.shuffle(seats);
    var booking = new BookingApi(api);
    for (var seat : seats) {
      var held = booking.reserve(token, concert, date, seat);
      if (held.status() == 409) {
        continue;
      }
      if (held.status() != 200) {
        throw new IllegalStateException("hold failed: " + held);
      }
      var paid =
          other.post(
              "/api/payment",
              Map.of("reservationId", held.json().get("reservationId").asLong()),
              "Authorization",
              token);
      if (paid.status() != 200) {
        throw new IllegalStateException("payment failed: " + paid);
      }
      return new Outcome(user, seat);
    }
    return new Outcome(user, null);
  }

  private static void watchActiveTokens(
      TestDatabase database, AtomicInteger highest, AtomicBoolean running) {
    while (running.get()) {
      try {
        var active =
            MoneyAndSeatInvariants.scalar(
                database,
                "select count(*) from queue_token where status = 'ACTIVE' and expires_at > now()");
        highest.accumulateAndGet((int) active, Math::max);
        Thread.sleep(20);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
