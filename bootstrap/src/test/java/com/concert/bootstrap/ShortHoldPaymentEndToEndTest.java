package com.concert.bootstrap;

import static com.concert.db.jooq.Tables.RESERVATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A hold that ran out before the payment: the payment is refused and nothing is taken, both before
 * the sweeper has marked the hold and after.
 */
class ShortHoldPaymentEndToEndTest {

  @Nested
  @ServiceTest(properties = "concert.reservation.hold-ttl=PT2S")
  class BeforeTheSweeperMarkedIt {

    @LocalServerPort int port;
    @Autowired DSLContext dsl;
    @MockitoBean HoldExpiryJob sweeperThatNeverSweeps;

    @Test
    void aHoldWhoseTimeIsOverIsNotPaid() throws Exception {
      var hold = ExpiredHold.of(new BookingApi(port));
      hold.waitUntilOver();

      assertThat(hold.storedStatus(dsl)).isEqualTo("HELD");
      hold.assertPaymentRefused();
    }
  }

  @Nested
  @ServiceTest(properties = "concert.reservation.hold-ttl=PT2S")
  class AfterTheSweeperMarkedIt {

    @LocalServerPort int port;
    @Autowired DSLContext dsl;

    @Test
    void anExpiredHoldIsNotPaid() throws Exception {
      var hold = ExpiredHold.of(new BookingApi(port));
      hold.waitUntilOver();
      var deadline = Instant.now().plusSeconds(10);
      while (!hold.storedStatus(dsl).equals("EXPIRED") && Instant.now().isBefore(deadline)) {
        Thread.sleep(100);
      }

      assertThat(hold.storedStatus(dsl)).isEqualTo("EXPIRED");
      hold.assertPaymentRefused();
    }
  }

  /** A fan with money enough, holding a seat for two seconds. */
  private record ExpiredHold(BookingApi booking, long user, String token, long id, Instant end) {

    static ExpiredHold of(BookingApi booking) {
      var date = BookingApi.TODAY.plusDays(3);
      var concert = booking.createConcert(date, 2, 10_000);
      var user = BookingApi.newUserId();
      var token = booking.http.tokenOf(user);
      var held = booking.reserve(token, concert, date, 1);
      assertThat(held.status()).as(held.toString()).isEqualTo(200);
      booking.http.post("/api/charge", Map.of("userId", user, "amount", 50_000));
      return new ExpiredHold(
          booking,
          user,
          token,
          held.json().get("reservationId").asLong(),
          Instant.parse(held.json().get("expiresAt").asString()));
    }

    void waitUntilOver() throws InterruptedException {
      Thread.sleep(Math.max(0, Duration.between(Instant.now(), end).toMillis()) + 200);
    }

    String storedStatus(DSLContext dsl) {
      return dsl.select(RESERVATION.STATUS)
          .from(RESERVATION)
          .where(RESERVATION.ID.eq(id))
          .fetchSingle(RESERVATION.STATUS);
    }

    void assertPaymentRefused() {
      var paid =
          booking.http.post("/api/payment", Map.of("reservationId", id), "Authorization", token);

      assertThat(paid.status()).as(paid.toString()).isEqualTo(409);
      assertThat(paid.code()).isEqualTo("HOLD_EXPIRED");
      assertThat(booking.http.get("/api/charge?userId=" + user).json().get("amount").asLong())
          .isEqualTo(50_000);
    }
  }
}
