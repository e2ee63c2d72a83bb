package com.concert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The whole flow of the original API over HTTP, and every way a payment is refused. */
@ServiceTest
class PaymentEndToEndTest {

  @LocalServerPort int port;
  BookingApi booking;
  HttpApi http;

  @BeforeEach
  void connect() {
    booking = new BookingApi(port);
    http = booking.http;
  }

  /** A new user with an active token; returns the user id and the Authorization value. */
  record Fan(long id, String token) {}

  Fan fan() {
    var id = BookingApi.newUserId();
    return new Fan(id, http.tokenOf(id));
  }

  void charge(Fan fan, long amount) {
    var charged = http.post("/api/charge", Map.of("userId", fan.id(), "amount", amount));
    assertThat(charged.status()).as(charged.toString()).isEqualTo(200);
  }

  HttpApi.Response pay(Fan fan, Map<String, Object> body, String... headers) {
    var all = new java.util.ArrayList<>(List.of("Authorization", fan.token()));
    all.addAll(List.of(headers));
    return http.post("/api/payment", body, all.toArray(String[]::new));
  }

  @Test
  void tokenDatesSeatsHoldChargePayAsTheOriginalApiDid() {
    var concert = booking.createConcert(BookingApi.TODAY.plusDays(5), 10, 120_000);
    var fan = fan();

    var dates =
        http.get("/api/reservation/dates?concertId=" + concert, "Authorization", fan.token());
    assertThat(dates.json().get(0).get("availableSeats").asInt()).isEqualTo(10);
    var date = BookingApi.TODAY.plusDays(5);
    assertThat(booking.seatStatuses(fan.token(), concert, date)).containsEntry(3, "AVAILABLE");
    var reservation = booking.hold(fan.token(), concert, date, 3);
    charge(fan, 150_000);

    var paid = pay(fan, Map.of("userId", fan.id(), "amount", 120_000));

    assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
    var body = paid.json();
    assertThat(body.propertyNames())
        .containsExactlyInAnyOrder(
            "paymentId", "reservationIds", "amount", "balance", "status", "paidAt");
    assertThat(body.get("reservationIds").toString()).isEqualTo("[" + reservation + "]");
    assertThat(body.get("amount").asLong()).isEqualTo(120_000);
    assertThat(body.get("balance").asLong()).isEqualTo(30_000);
    assertThat(body.get("status").asString()).isEqualTo("PAID");
    assertThat(http.get("/api/charge?userId=" + fan.id()).json().get("amount").asLong())
        .isEqualTo(30_000);
    assertThat(booking.statusInHistory(fan.token(), reservation)).isEqualTo("CONFIRMED");
    var admin = http.newActiveToken();
    assertThat(booking.seatStatuses(admin, concert, date)).containsEntry(3, "SOLD");
    assertThat(http.get("/api/token", "Authorization", fan.token()).code())
        .isEqualTo("TOKEN_INVALID");
  }

  @Test
  void aRetryOfAPaymentWithItsKeyGetsTheFirstAnswerEvenAfterItFinishedTheToken() {
    var concert = booking.createConcert(BookingApi.TODAY.plusDays(6), 5, 40_000);
    var fan = fan();
    var reservation = booking.hold(fan.token(), concert, BookingApi.TODAY.plusDays(6), 1);
    charge(fan, 50_000);

    var first = pay(fan, Map.of("reservationId", reservation), "Idempotency-Key", "pay-A");
    var retry = pay(fan, Map.of("reservationId", reservation), "Idempotency-Key", "pay-A");
    var another = pay(fan, Map.of("reservationId", reservation), "Idempotency-Key", "pay-B");

    assertThat(first.status()).isEqualTo(200);
    assertThat(retry.status()).isEqualTo(200);
    assertThat(retry.json()).isEqualTo(first.json());
    assertThat(another.status()).isEqualTo(401);
    assertThat(another.code()).isEqualTo("TOKEN_INVALID");
    assertThat(http.get("/api/charge?userId=" + fan.id()).json().get("amount").asLong())
        .isEqualTo(10_000);
  }

  @Test
  void eachRefusalHasItsCodeAndChangesNothing() {
    var date = BookingApi.TODAY.plusDays(7);
    var concert = booking.createConcert(date, 5, 100_000);
    var fan = fan();
    var other = fan();
    var mine = booking.hold(fan.token(), concert, date, 1);
    var theirs = booking.hold(other.token(), concert, date, 2);
    charge(fan, 50_000);

    assertRefused(pay(fan, Map.of("reservationId", 0)), 400, "INVALID_REQUEST");
    assertRefused(pay(fan, Map.of("amount", -1)), 400, "INVALID_AMOUNT");
    assertRefused(http.post("/api/payment", Map.of("reservationId", mine)), 401, "TOKEN_INVALID");
    assertRefused(pay(fan, Map.of("userId", other.id())), 403, "FORBIDDEN");
    assertRefused(pay(fan, Map.of("reservationId", theirs)), 404, "RESERVATION_NOT_FOUND");
    assertRefused(pay(fan, Map.of("amount", 99_999)), 409, "AMOUNT_MISMATCH");
    assertRefused(pay(fan, Map.of("reservationId", mine)), 409, "INSUFFICIENT_BALANCE");
    var keyed = new LinkedHashMap<String, Object>(Map.of("reservationId", mine));
    assertRefused(pay(fan, keyed, "Idempotency-Key", "not ok"), 400, "INVALID_REQUEST");

    assertThat(booking.statusInHistory(fan.token(), mine)).isEqualTo("HELD");
    assertThat(booking.statusInHistory(other.token(), theirs)).isEqualTo("HELD");
    assertThat(http.get("/api/charge?userId=" + fan.id()).json().get("amount").asLong())
        .isEqualTo(50_000);

    var nobody = fan();
    assertRefused(pay(nobody, Map.of()), 409, "RESERVATION_NOT_HELD");
    charge(fan, 100_000);
    assertThat(pay(fan, Map.of("reservationId", mine)).status()).isEqualTo(200);
    assertRefused(pay(fan(), Map.of("reservationId", theirs)), 404, "RESERVATION_NOT_FOUND");
  }

  @Test
  void aRequestThatIsBadAndUnauthenticatedIsBadFirst() {
    var response = http.post("/api/payment", Map.of("reservationId", -4));

    assertRefused(response, 400, "INVALID_REQUEST");
  }

  private static void assertRefused(HttpApi.Response response, int status, String code) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.code()).isEqualTo(code);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
  }
}
