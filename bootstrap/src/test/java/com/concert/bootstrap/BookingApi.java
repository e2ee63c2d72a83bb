package com.concert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** The fan's and the admin's side of the booking API, over real HTTP, for end-to-end tests. */
final class BookingApi {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Seoul"));

  final HttpApi http;

  BookingApi(int port) {
    this(new HttpApi(port));
  }

  BookingApi(HttpApi http) {
    this.http = http;
  }

  /** Returns once {@code instant} has passed; the service runs on this machine's clock. */
  static void waitUntil(Instant instant) throws InterruptedException {
    var left = Duration.between(Instant.now(), instant);
    if (!left.isNegative()) {
      Thread.sleep(left.toMillis() + 1);
    }
  }

  static long newUserId() {
    return ThreadLocalRandom.current().nextLong(1, 1_000_000_000_000L);
  }

  /** A new concert with one show on {@code date}; its id. */
  long createConcert(LocalDate date, int seats, long price) {
    var created =
        http.post(
            "/api/admin/concerts",
            Map.of(
                "title",
                "Gala " + newUserId(),
                "schedules",
                List.of(Map.of("date", date.toString(), "seatCount", seats, "price", price))),
            "X-Admin-Key",
            ServiceTest.ADMIN_KEY);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().get("id").asLong();
  }

  /** The {@code Authorization} value of a new user's token, which must be active at once. */
  String activeToken() {
    return http.newActiveToken();
  }

  HttpApi.Response reserve(String token, Long concertId, LocalDate date, int seatNo) {
    var body = new LinkedHashMap<String, Object>();
    if (concertId != null) {
      body.put("concertId", concertId);
    }
    body.put("concertDate", date.toString());
    body.put("seatNo", seatNo);
    return http.post("/api/reservation/reserve", body, "Authorization", token);
  }

  /** The reservation id of a hold that must succeed. */
  long hold(String token, long concertId, LocalDate date, int seatNo) {
    var held = reserve(token, concertId, date, seatNo);
    assertThat(held.status()).as(held.toString()).isEqualTo(200);
    return held.json().get("reservationId").asLong();
  }

  /** The status of each seat of the show, by seat number. */
  Map<Integer, String> seatStatuses(String token, long concertId, LocalDate date) {
    var seats =
        http.get(
            "/api/reservation/seats?concertId=" + concertId + "&date=" + date,
            "Authorization",
            token);
    assertThat(seats.status()).as(seats.toString()).isEqualTo(200);
    var statuses = new LinkedHashMap<Integer, String>();
    seats
        .json()
        .forEach(seat -> statuses.put(seat.get("seatNo").asInt(), seat.get("status").asString()));
    return statuses;
  }

  HttpApi.Response reservations(String token) {
    return http.get("/api/reservations", "Authorization", token);
  }

  /** The status the token's user sees for the reservation in their history. */
  String statusInHistory(String token, long reservationId) {
    var history = reservations(token);
    assertThat(history.status()).as(history.toString()).isEqualTo(200);
    for (var reservation : history.json()) {
      if (reservation.get("reservationId").asLong() == reservationId) {
        return reservation.get("status").asString();
      }
    }
    return null;
  }

  HttpApi.Response cancel(String token, long reservationId) {
    return http.delete("/api/reservations/" + reservationId, "Authorization", token);
  }
}
