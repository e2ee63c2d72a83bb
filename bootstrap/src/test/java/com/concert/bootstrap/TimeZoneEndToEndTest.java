package com.concert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.concert.db.testing.TestDatabase;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code concert.time-zone} says which date is today. Pago Pago (UTC-11) and Kiritimati (UTC+14)
 * are 25 hours apart, so the date that is today in Pago Pago has always passed in Kiritimati.
 */
class TimeZoneEndToEndTest {

  private static final ZoneId PAGO_PAGO = ZoneId.of("Pacific/Pago_Pago");
  private static final String ADMIN_KEY = "time-zone-test";

  @Test
  void aShowOnTodaysDateInOneZoneIsOnSaleThereAndHasPassedInAZoneAhead() {
    try (var database = TestDatabase.create();
        var behind = start(database, "Pacific/Pago_Pago");
        var ahead = start(database, "Pacific/Kiritimati")) {
      var today = LocalDate.now(PAGO_PAGO).toString();
      var body = Map.of("title", "Dateline", "schedules", List.of(show(today)));

      var created = behind.api().post("/api/admin/concerts", body, "X-Admin-Key", ADMIN_KEY);
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
      var id = created.json().get("id").asLong();

      assertThat(behind.api().get("/api/concerts").text())
          .isEqualTo("[{\"id\":" + id + ",\"title\":\"Dateline\",\"dates\":[\"" + today + "\"]}]");
      var behindToken = behind.api().newActiveToken();
      assertThat(
              behind
                  .api()
                  .get("/api/reservation/dates?concertId=" + id, "Authorization", behindToken)
                  .text())
          .isEqualTo("[{\"date\":\"" + today + "\",\"availableSeats\":3}]");
      assertThat(
              behind
                  .api()
                  .get("/api/reservation/seats?date=" + today, "Authorization", behindToken)
                  .status())
          .isEqualTo(200);

      assertThat(ahead.api().get("/api/concerts").text())
          .isEqualTo("[{\"id\":" + id + ",\"title\":\"Dateline\",\"dates\":[]}]");
      var aheadToken = ahead.api().newActiveToken();
      assertThat(
              ahead
                  .api()
                  .get("/api/reservation/dates?concertId=" + id, "Authorization", aheadToken)
                  .text())
          .isEqualTo("[]");
      var seats =
          ahead.api().get("/api/reservation/seats?date=" + today, "Authorization", aheadToken);
      assertThat(seats.status()).isEqualTo(404);
      assertThat(seats.code()).isEqualTo("SCHEDULE_NOT_FOUND");
      var late = ahead.api().post("/api/admin/concerts", body, "X-Admin-Key", ADMIN_KEY);
      assertThat(late.status()).isEqualTo(400);
    }
  }

  private static RunningService start(TestDatabase database, String zone) {
    return RunningService.start(
        database,
        database.jdbcUrl(),
        "concert.time-zone=" + zone,
        "concert.demo-data=false",
        "concert.admin.api-key=" + ADMIN_KEY);
  }

  private static Map<String, Object> show(String date) {
    return Map.of("date", date, "seatCount", 3, "price", 50_000);
  }
}
