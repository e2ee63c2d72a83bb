package com.concert.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.concert.application.port.in.ReservationView;
import com.concert.domain.reservation.ReservationStatus;
import com.concert.domain.shared.Money;
import com.concert.domain.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ListReservationsServiceTest {

  static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  static final UserId USER = new UserId(42);

  final ReservationFixture fixture = new ReservationFixture();

  @Test
  void theUsersReservationsComeNewestFirstWithTheStatusTheyHaveNow() {
    var old = fixture.holdAt(USER, NOW.minus(ReservationFixture.TTL));
    var cancelled = fixture.holdAt(USER, NOW.minusSeconds(10));
    fixture.reservations.recordClosing(cancelled.cancel(NOW.minusSeconds(5)));
    var running = fixture.holdAt(USER, NOW.minusSeconds(1));
    fixture.holdAt(new UserId(7), NOW);

    var views =
        new ListReservationsService(fixture.reservations, Clock.fixed(NOW, ZoneOffset.UTC))
            .listReservations(USER);

    assertThat(views)
        .extracting(ReservationView::reservationId, ReservationView::status)
        .containsExactly(
            tuple(running.id(), ReservationStatus.HELD),
            tuple(cancelled.id(), ReservationStatus.CANCELLED),
            tuple(old.id(), ReservationStatus.EXPIRED));
    assertThat(views.get(0).price()).isEqualTo(Money.won(50_000));
    assertThat(views.get(0).expiresAt()).isEqualTo(running.period().expiresAt());
  }

  @Test
  void aUserWithoutReservationsHasAnEmptyHistory() {
    assertThat(
            new ListReservationsService(fixture.reservations, Clock.fixed(NOW, ZoneOffset.UTC))
                .listReservations(USER))
        .isEmpty();
  }
}
