package com.concert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServiceTest
class CatalogEndToEndTest {

  @LocalServerPort int port;
  HttpApi api;
  LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));

  @BeforeEach
  void connect() {
    api = new HttpApi(port);
  }

  String activeToken() {
    var user = ThreadLocalRandom.current().nextLong(1, 1_000_000_000L);
    var issued = api.post("/api/token/create", Map.of("id", user)).json();
    assertThat(issued.get("status").asString()).isEqualTo("ACTIVE");
    return "Bearer " + issued.get("token").asString();
  }

  @Test
  void aConcertCreatedByTheAdminReadsBackWithItsDatesAndSeats() {
    var created =
        api.post(
            "/api/admin/concerts",
            Map.of(
                "title",
                "Spring Recital",
                "schedules",
                List.of(
                    Map.of("date", today.plusDays(3).toString(), "seatCount", 3, "price", 55000),
                    Map.of("date", today.plusDays(1).toString(), "seatCount", 2, "price", 70000))),
            "X-Admin-Key",
            ServiceTest.ADMIN_KEY);

    assertThat(created.status()).isEqualTo(201);
    var id = created.json().get("id").asLong();
    assertThat(created.json().get("title").asString()).isEqualTo("Spring Recital");
    assertThat(created.json().get("dates").toString())
        .isEqualTo("[\"" + today.plusDays(1) + "\",\"" + today.plusDays(3) + "\"]");

    var concerts = api.get("/api/concerts").json();
    assertThat(concerts.findValues("title").toString()).contains("Spring Recital");

    var token = activeToken();
    var dates = api.get("/api/reservation/dates?concertId=" + id, "Authorization", token);
    assertThat(dates.status()).isEqualTo(200);
    assertThat(dates.json().toString())
        .isEqualTo(
            "[{\"date\":\""
                + today.plusDays(1)
                + "\",\"availableSeats\":2},{\"date\":\""
                + today.plusDays(3)
                + "\",\"availableSeats\":3}]");

    var seats =
        api.get(
            "/api/reservation/seats?concertId=" + id + "&date=" + today.plusDays(3),
            "Authorization",
            token);
    assertThat(seats.status()).isEqualTo(200);
    assertThat(seats.json().toString())
        .isEqualTo(
            "[{\"seatNo\":1,\"status\":\"AVAILABLE\",\"price\":55000},"
                + "{\"seatNo\":2,\"status\":\"AVAILABLE\",\"price\":55000},"
                + "{\"seatNo\":3,\"status\":\"AVAILABLE\",\"price\":55000}]");
  }
}
