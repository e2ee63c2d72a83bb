package com.concert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** On a catalog of its own: the concert may be left out of a hold only while it is the only one. */
@ServiceTest(properties = "concert.reservation.max-holds-per-user=3")
class SoleConcertReservationEndToEndTest {

  static final LocalDate SHOW = BookingApi.TODAY.plusDays(2);

  @LocalServerPort int port;

  @Test
  void theConcertMayBeLeftOutWhileItIsTheOnlyOne() {
    var api = new BookingApi(port);
    var sole = api.createConcert(SHOW, 2, 70_000);
    var fan = api.activeToken();

    var held = api.reserve(fan, null, SHOW, 1);
    assertThat(held.status()).as(held.toString()).isEqualTo(200);
    assertThat(held.json().get("concertId").asLong()).isEqualTo(sole);

    api.createConcert(SHOW, 2, 70_000);
    var unnamed = api.reserve(fan, null, SHOW, 2);
    assertThat(unnamed.status()).isEqualTo(400);
    assertThat(unnamed.code()).isEqualTo("INVALID_REQUEST");
  }
}
