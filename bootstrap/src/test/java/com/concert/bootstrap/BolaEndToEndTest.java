package com.concert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * No user reads or changes another user's reservations, payments or queue token (OWASP API1, broken
 * object level authorization): the user of every booking request is the token's, whatever ids the
 * request names, and someone else's reservation is as unknown as one that never existed.
 */
@ServiceTest
class BolaEndToEndTest {

  static final LocalDate SHOW = BookingApi.TODAY.plusDays(8);

  @LocalServerPort int port;
  BookingApi booking;
  HttpApi http;
  long concert;
  Fan owner;
  Fan intruder;

  record Fan(long id, String token) {}

  @BeforeEach
  void twoFansWithMoneyAndAConcert() {
    booking = new BookingApi(port);
    http = booking.http;
    concert = booking.createConcert(SHOW, 6, 10_000);
    owner = fan();
    intruder = fan();
  }

  @Test
  void anotherUsersReservationIsNotInTheirHistory() {
    var held = booking.hold(owner.token(), concert, SHOW, 1);

    assertThat(ids(booking.reservations(intruder.token()))).doesNotContain(held);
    assertThat(ids(booking.reservations(owner.token()))).containsExactly(held);
  }

  @Test
  void anotherUsersHoldCannotBeCancelledAndLooksLikeOneThatNeverExisted() {
    var held = booking.hold(owner.token(), concert, SHOW, 2);

    var theirs = booking.cancel(intruder.token(), held);
    var nobodys = booking.cancel(intruder.token(), Long.MAX_VALUE);

    assertThat(theirs.status()).isEqualTo(404);
    assertThat(theirs.code()).isEqualTo("RESERVATION_NOT_FOUND");
    assertThat(nobodys.status()).isEqualTo(404);
    assertThat(nobodys.code()).isEqualTo("RESERVATION_NOT_FOUND");
    assertThat(theirs.text()).doesNotContain(String.valueOf(owner.id()));
    assertThat(booking.statusInHistory(owner.token(), held)).isEqualTo("HELD");
    assertThat(booking.seatStatuses(owner.token(), concert, SHOW)).containsEntry(2, "HELD");
  }

  @Test
  void anotherUsersHoldCannotBePaidAndNoMoneyMoves() {
    var held = booking.hold(owner.token(), concert, SHOW, 3);

    var paid = pay(intruder, Map.of("reservationId", held));

    assertThat(paid.status()).as(paid.toString()).isEqualTo(404);
    assertThat(paid.code()).isEqualTo("RESERVATION_NOT_FOUND");
    assertThat(booking.statusInHistory(owner.token(), held)).isEqualTo("HELD");
    assertThat(balance(intruder)).isEqualTo(50_000);
    assertThat(balance(owner)).isEqualTo(50_000);
  }

  @Test
  void aPaymentThatNamesAnotherUserIsForbiddenAndChangesNothing() {
    var held = booking.hold(owner.token(), concert, SHOW, 4);

    var paid = pay(owner, Map.of("userId", intruder.id(), "reservationId", held));
    var forTheirSeat =
        pay(intruder, Map.of("userId", owner.id(), "reservationId", held, "amount", 10_000));

    assertThat(paid.status()).as(paid.toString()).isEqualTo(403);
    assertThat(paid.code()).isEqualTo("FORBIDDEN");
    assertThat(forTheirSeat.status()).isEqualTo(403);
    assertThat(forTheirSeat.code()).isEqualTo("FORBIDDEN");
    assertThat(booking.statusInHistory(owner.token(), held)).isEqualTo("HELD");
    assertThat(balance(owner)).isEqualTo(50_000);
    assertThat(balance(intruder)).isEqualTo(50_000);
  }

  @Test
  void payingEverythingHeldPaysOnlyTheTokenUsersHolds() {
    var theirs = booking.hold(owner.token(), concert, SHOW, 5);
    var mine = booking.hold(intruder.token(), concert, SHOW, 6);

    var paid = pay(intruder, Map.of());

    assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
    assertThat(paid.json().get("reservationIds").valueStream().map(id -> id.asLong()))
        .containsExactly(mine);
    assertThat(booking.statusInHistory(owner.token(), theirs)).isEqualTo("HELD");
    assertThat(balance(owner)).isEqualTo(50_000);
    assertThat(balance(intruder)).isEqualTo(40_000);
  }

  @Test
  void anIdempotencyKeyNeverReplaysAnotherUsersPayment() {
    var held = booking.hold(owner.token(), concert, SHOW, 1);
    var first = pay(owner, Map.of("reservationId", held), "Idempotency-Key", "shared-key");
    assertThat(first.status()).as(first.toString()).isEqualTo(200);

    var replayed = pay(intruder, Map.of("reservationId", held), "Idempotency-Key", "shared-key");

    assertThat(replayed.status()).as(replayed.toString()).isEqualTo(404);
    assertThat(replayed.code()).isEqualTo("RESERVATION_NOT_FOUND");
    assertThat(replayed.json().has("paymentId")).isFalse();
    assertThat(balance(intruder)).isEqualTo(50_000);
  }

  @Test
  void theTokenReadShowsTheTokensOwnUserWhateverTheRequestNames() {
    var asked =
        http.get(
            "/api/token?userId=" + intruder.id() + "&id=" + intruder.id(),
            "Authorization",
            owner.token());

    assertThat(asked.status()).isEqualTo(200);
    assertThat(asked.json().get("userId").asLong()).isEqualTo(owner.id());
    assertThat("Bearer " + asked.json().get("token").asString()).isEqualTo(owner.token());
    assertThat(asked.text()).doesNotContain(intruder.token().substring("Bearer ".length()));
  }

  @Test
  void aTokenHoldsForItsOwnUserWhateverUserTheBodyNames() {
    var held =
        http.post(
            "/api/reservation/reserve",
            Map.of(
                "concertId",
                concert,
                "concertDate",
                SHOW.toString(),
                "seatNo",
                2,
                "userId",
                owner.id(),
                "id",
                owner.id()),
            "Authorization",
            intruder.token());

    assertThat(held.status()).as(held.toString()).isEqualTo(200);
    var id = held.json().get("reservationId").asLong();
    assertThat(ids(booking.reservations(intruder.token()))).containsExactly(id);
    assertThat(ids(booking.reservations(owner.token()))).isEmpty();
  }

  private Fan fan() {
    var id = BookingApi.newUserId();
    var issued = http.post("/api/token/create", Map.of("id", id));
    assertThat(issued.json().get("status").asString()).isEqualTo("ACTIVE");
    var charged = http.post("/api/charge", Map.of("userId", id, "amount", 50_000));
    assertThat(charged.status()).isEqualTo(200);
    return new Fan(id, "Bearer " + issued.json().get("token").asString());
  }

  private HttpApi.Response pay(Fan fan, Map<String, Object> body, String... headers) {
    var all = new ArrayList<>(List.of("Authorization", fan.token()));
    all.addAll(List.of(headers));
    return http.post("/api/payment", body, all.toArray(String[]::new));
  }

  private long balance(Fan fan) {
    return http.get("/api/charge?userId=" + fan.id()).json().get("amount").asLong();
  }

  private static List<Long> ids(HttpApi.Response history) {
    assertThat(history.status()).isEqualTo(200);
    return history.json().findValues("reservationId").stream().map(id -> id.asLong()).toList();
  }
}
