package com.concert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Holding, expiring, cancelling and the hold limit over HTTP. Holds last four seconds: short enough
 * to wait one out, long enough for a test's requests on a busy machine to run within a hold.
 */
@ServiceTest(
    properties = {
      "concert.reservation.hold-ttl=PT4S",
      "concert.reservation.max-holds-per-user=2",
      "concert.queue.max-active-users=100000"
    })
class ReservationEndToEndTest {

  static final LocalDate SHOW = BookingApi.TODAY.plusDays(5);

  @LocalServerPort int port;
  BookingApi api;
  long concert;

  @BeforeEach
  void aConcertOfItsOwn() {
    api = new BookingApi(port);
    concert = api.createConcert(SHOW, 5, 55_000);
  }

  @Test
  void aHoldShowsHeldAndOnceItsTimeIsOverTheSeatIsFreeAndTheHoldIsExpiredInTheHistory()
      throws Exception {
    var first = api.activeToken();
    var second = api.activeToken();

    var held = api.reserve(first, concert, SHOW, 1);
    assertThat(held.status()).as(held.toString()).isEqualTo(200);
    var reservation = held.json();
    assertThat(reservation.get("status").asString()).isEqualTo("HELD");
    assertThat(reservation.get("concertId").asLong()).isEqualTo(concert);
    assertThat(reservation.get("concertDate").asString()).isEqualTo(SHOW.toString());
    assertThat(reservation.get("seatNo").asInt()).isEqualTo(1);
    assertThat(reservation.get("price").asLong()).isEqualTo(55_000);
    var expiresAt = Instant.parse(reservation.get("expiresAt").asString());
    assertThat(api.seatStatuses(second, concert, SHOW)).containsEntry(1, "HELD");
    var refused = api.reserve(second, concert, SHOW, 1);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.code()).isEqualTo("SEAT_UNAVAILABLE");

    BookingApi.waitUntil(expiresAt);

    assertThat(api.seatStatuses(second, concert, SHOW)).containsEntry(1, "AVAILABLE");
    var again = api.reserve(second, concert, SHOW, 1);
    assertThat(again.status()).as(again.toString()).isEqualTo(200);
    assertThat(again.json().get("status").asString()).isEqualTo("HELD");
    var firstId = reservation.get("reservationId").asLong();
    assertThat(api.statusInHistory(first, firstId)).isEqualTo("EXPIRED");
  }

  @Test
  void aCancelledHoldFreesItsSeatAtOnceAndSomeoneElsesCannotBeCancelled() {
    var owner = api.activeToken();
    var other = api.activeToken();
    var id = api.hold(owner, concert, SHOW, 2);

    var notTheirs = api.cancel(other, id);
    assertThat(notTheirs.status()).isEqualTo(404);
    assertThat(notTheirs.code()).isEqualTo("RESERVATION_NOT_FOUND");
    assertThat(api.statusInHistory(owner, id)).isEqualTo("HELD");
    assertThat(api.cancel(owner, Long.MAX_VALUE).code()).isEqualTo("RESERVATION_NOT_FOUND");

    var cancelled = api.cancel(owner, id);
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    assertThat(cancelled.json().get("reservationId").asLong()).isEqualTo(id);
    assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
    assertThat(api.seatStatuses(other, concert, SHOW)).containsEntry(2, "AVAILABLE");
    assertThat(api.reserve(other, concert, SHOW, 2).status()).isEqualTo(200);

    var twice = api.cancel(owner, id);
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.code()).isEqualTo("RESERVATION_NOT_HELD");
    assertThat(api.statusInHistory(owner, id)).isEqualTo("CANCELLED");
  }

  @Test
  void aUserHoldsAtMostTheLimitAndACancellationMakesRoom() {
    var fan = api.activeToken();
    var first = api.hold(fan, concert, SHOW, 3);
    api.hold(fan, concert, SHOW, 4);

    var third = api.reserve(fan, concert, SHOW, 5);
    assertThat(third.status()).isEqualTo(409);
    assertThat(third.code()).isEqualTo("HOLD_LIMIT_REACHED");
    assertThat(api.seatStatuses(fan, concert, SHOW)).containsEntry(5, "AVAILABLE");

    api.cancel(fan, first);
    assertThat(api.reserve(fan, concert, SHOW, 5).status()).isEqualTo(200);
  }

  @Test
  void theHistoryListsEveryStatusNewestFirst() {
    var fan = api.activeToken();
    var cancelled = api.hold(fan, concert, SHOW, 1);
    api.cancel(fan, cancelled);
    var held = api.hold(fan, concert, SHOW, 2);

    var history = api.reservations(fan);

    assertThat(history.status()).isEqualTo(200);
    assertThat(history.json().findValues("reservationId").stream().map(id -> id.asLong()))
        .containsExactly(held, cancelled);
    assertThat(history.json().findValues("status").stream().map(s -> s.asString()))
        .containsExactly("HELD", "CANCELLED");
    assertThat(api.reservations(api.activeToken()).json().isEmpty()).isTrue();
  }

  @Test
  void thePriceIsTheCatalogsWhateverTheClientSends() {
    var held =
        api.http.post(
            "/api/reservation/reserve",
            Map.of("concertId", concert, "concertDate", SHOW.toString(), "seatNo", 3, "price", 1),
            "Authorization",
            api.activeToken());

    assertThat(held.status()).as(held.toString()).isEqualTo(200);
    assertThat(held.json().get("price").asLong()).isEqualTo(55_000);
  }

  @Test
  void unknownSeatsAndShowsAreNotFoundAndATokenIsNeeded() {
    var fan = api.activeToken();

    var noSeat = api.reserve(fan, concert, SHOW, 6);
    assertThat(noSeat.status()).isEqualTo(404);
    assertThat(noSeat.code()).isEqualTo("SEAT_NOT_FOUND");
    var noShow = api.reserve(fan, concert, SHOW.plusDays(1), 1);
    assertThat(noShow.status()).isEqualTo(404);
    assertThat(noShow.code()).isEqualTo("SCHEDULE_NOT_FOUND");
    var noConcert = api.reserve(fan, Long.MAX_VALUE, SHOW, 1);
    assertThat(noConcert.code()).isEqualTo("CONCERT_NOT_FOUND");
    var noToken =
        api.http.post(
            "/api/reservation/reserve",
            Map.of("concertId", concert, "concertDate", SHOW.toString(), "seatNo", 1));
    assertThat(noToken.status()).isEqualTo(401);
    assertThat(noToken.code()).isEqualTo("TOKEN_INVALID");
    assertThat(api.reservations("Bearer nonsense").status()).isEqualTo(401);
    assertThat(api.seatStatuses(fan, concert, SHOW).values()).containsOnly("AVAILABLE");
  }

  @Test
  void withSeveralConcertsTheConcertMustBeNamed() {
    api.createConcert(SHOW, 1, 1);
    var fan = api.activeToken();

    var unnamed = api.reserve(fan, null, SHOW, 1);

    assertThat(unnamed.status()).isEqualTo(400);
    assertThat(unnamed.code()).isEqualTo("INVALID_REQUEST");
    assertThat(api.reservations(fan).json().isEmpty()).isTrue();
  }

  @Test
  void malformedRequestsAreBadRequests() {
    var fan = api.activeToken();
    for (var body :
        List.of(
            "{\"concertId\": " + concert + ", \"concertDate\": \"2026-02-30\", \"seatNo\": 1}",
            "{\"concertId\": " + concert + ", \"concertDate\": \"" + SHOW + "\", \"seatNo\": 0}",
            "{\"concertId\": " + concert + ", \"concertDate\": \"" + SHOW + "\"}")) {
      var response = api.http.postRaw("/api/reservation/reserve", body, "Authorization", fan);
      assertThat(response.status()).as(body).isEqualTo(400);
      assertThat(response.code()).isEqualTo("INVALID_REQUEST");
    }
    assertThat(api.cancel(fan, 0).status()).isEqualTo(400);
    assertThat(api.http.delete("/api/reservations/abc", "Authorization", fan).status())
        .isEqualTo(400);
  }
}
