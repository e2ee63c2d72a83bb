package com.concert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.concert.db.testing.Race;
import com.concert.db.testing.TestDatabase;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the service on one database, as behind a load balancer: fans on both ask for the
 * same seats at the same instant, and each seat still has exactly one winner.
 */
class TwoInstancesReservationTest {

  static final int SEATS = 10;
  static final int FANS_PER_SEAT = 6;
  static final LocalDate SHOW = BookingApi.TODAY.plusDays(3);

  /**
   * An instance on the test's database. A request may wait as long as it needs for one of the small
   * test pool's connections: this test is about who wins a seat, and a busy machine must not turn a
   * queued request into a {@code 503}.
   */
  static RunningService start(TestDatabase database) {
    return RunningService.start(
        database,
        database.jdbcUrl(),
        "concert.demo-data=false",
        "concert.admin.api-key=" + ServiceTest.ADMIN_KEY,
        "spring.datasource.hikari.connection-timeout=30000",
        "concert.queue.max-active-users=100000");
  }

  @Test
  void fansOnTwoInstancesClaimingTheSameSeatsGetOneWinnerPerSeat() throws SQLException {
    try (var database = TestDatabase.create();
        var first = start(database);
        var second = start(database)) {
      var instances = List.of(new BookingApi(first.api()), new BookingApi(second.api()));
      var concert = instances.get(0).createConcert(SHOW, SEATS, 88_000);
      var fans = SEATS * FANS_PER_SEAT;
      var tokens = new ArrayList<String>();
      for (int fan = 0; fan < fans; fan++) {
        tokens.add(instances.get(fan % 2).activeToken());
      }

      var outcomes =
          Race.run(
              fans,
              fan ->
                  () ->
                      instances
                          .get(fan % 2)
                          .reserve(tokens.get(fan), concert, SHOW, 1 + (fan / 2) % SEATS));

      assertThat(outcomes).allMatch(Race.Outcome::succeeded);
      var responses = outcomes.stream().map(Race.Outcome::value).toList();
      assertThat(responses)
          .allSatisfy(
              response ->
                  assertThat(response.status() == 200 || "SEAT_UNAVAILABLE".equals(response.code()))
                      .as(response.toString())
                      .isTrue());
      var winnersBySeat =
          responses.stream()
              .filter(response -> response.status() == 200)
              .collect(
                  Collectors.groupingBy(
                      response -> response.json().get("seatNo").asInt(), Collectors.counting()));
      assertThat(winnersBySeat)
          .hasSize(SEATS)
          .allSatisfy((seat, winners) -> assertThat(winners).isOne());
      assertThat(liveReservationsPerSeat(database)).hasSize(SEATS).containsOnly(1);
    }
  }

  /** Straight from the table: how many live reservations each seat has. */
  static List<Integer> liveReservationsPerSeat(TestDatabase database) throws SQLException {
    try (var connection = database.dataSource().getConnection();
        var rows =
            connection
                .createStatement()
                .executeQuery(
                    "select count(*) from reservation where status in ('HELD', 'CONFIRMED')"
                        + " group by seat_id")) {
      var counts = new ArrayList<Integer>();
      while (rows.next()) {
        counts.add(rows.getInt(1));
      }
      return counts;
    }
  }
}
