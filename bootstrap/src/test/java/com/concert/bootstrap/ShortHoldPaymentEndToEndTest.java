package com.concert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A hold that ran out before the payment: the payment is refused and nothing is taken. */
@ServiceTest(properties = "concert.reservation.hold-ttl=PT2S")
class ShortHoldPaymentEndToEndTest {

  @LocalServerPort int port;

  @Test
  void aHoldThatExpiredIsNotPaidWhetherOrNotTheSweeperMarkedIt() throws Exception {
    var booking = new BookingApi(port);
    var date = BookingApi.TODAY.plusDays(3);
    var concert = booking.createConcert(date, 2, 10_000);
    var user = BookingApi.newUserId();
    var token = booking.http.tokenOf(user);
    var held = booking.reserve(token, concert, date, 1);
    var expiry = Instant.parse(held.json().get("expiresAt").asString());
    booking.http.post("/api/charge", Map.of("userId", user, "amount", 50_000));

    Thread.sleep(Math.max(0, Duration.between(Instant.now(), expiry).toMillis()) + 200);
    var paid =
        booking.http.post(
            "/api/payment",
            Map.of("reservationId", held.json().get("reservationId").asLong()),
            "Authorization",
            token);

    assertThat(paid.status()).as(paid.toString()).isEqualTo(409);
    assertThat(paid.code()).isEqualTo("HOLD_EXPIRED");
    assertThat(booking.http.get("/api/charge?userId=" + user).json().get("amount").asLong())
        .isEqualTo(50_000);
  }
}
