package com.concert.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.concert.application.fake.RecordingBookingEvents;
import com.concert.application.port.in.CancelReservationCommand;
import com.concert.domain.payment.PaymentId;
import com.concert.domain.reservation.ReservationId;
import com.concert.domain.reservation.ReservationNotFoundException;
import com.concert.domain.reservation.ReservationNotHeldException;
import com.concert.domain.reservation.ReservationStatus;
import com.concert.domain.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CancelReservationServiceTest {

  static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  static final UserId OWNER = new UserId(42);

  final ReservationFixture fixture = new ReservationFixture();
  final RecordingBookingEvents events = new RecordingBookingEvents();

  CancelReservationService serviceAt(Instant now) {
    return new CancelReservationService(
        fixture.reservations, events, Clock.fixed(now, ZoneOffset.UTC));
  }

  @Test
  void theOwnerCancelsARunningHoldAndSeesItCancelled() {
    var held = fixture.holdAt(OWNER, NOW);
    var at = NOW.plusSeconds(30);

    var view = serviceAt(at).cancelReservation(new CancelReservationCommand(OWNER, held.id()));

    assertThat(view.reservationId()).isEqualTo(held.id());
    assertThat(view.status()).isEqualTo(ReservationStatus.CANCELLED);
    assertThat(fixture.reservations.findByUser(OWNER).get(0).closedAt()).contains(at);
    assertThat(events.events())
        .containsExactly("cancelled reservation=" + held.id().value() + " user=42");
  }

  @Test
  void someoneElsesReservationIsNotFoundAndUntouched() {
    var held = fixture.holdAt(OWNER, NOW);

    assertThatThrownBy(
            () ->
                serviceAt(NOW)
                    .cancelReservation(new CancelReservationCommand(new UserId(7), held.id())))
        .isInstanceOf(ReservationNotFoundException.class);
    assertThat(fixture.reservations.findByUser(OWNER).get(0).status())
        .isEqualTo(ReservationStatus.HELD);
    assertThat(events.events()).isEmpty();
  }

  @Test
  void anUnknownReservationIsNotFound() {
    assertThatThrownBy(
            () ->
                serviceAt(NOW)
                    .cancelReservation(
                        new CancelReservationCommand(OWNER, new ReservationId(12345))))
        .isInstanceOf(ReservationNotFoundException.class);
  }

  @Test
  void aHoldThatIsOverIsNotHeldAndStaysAsItIs() {
    var held = fixture.holdAt(OWNER, NOW);

    assertThatThrownBy(
            () ->
                serviceAt(held.period().expiresAt())
                    .cancelReservation(new CancelReservationCommand(OWNER, held.id())))
        .isInstanceOf(ReservationNotHeldException.class);
    assertThat(fixture.reservations.findByUser(OWNER).get(0).status())
        .isEqualTo(ReservationStatus.HELD);
  }

  @Test
  void aConfirmedOrCancelledReservationIsNotHeld() {
    var confirmed = fixture.holdAt(OWNER, NOW);
    fixture.reservations.recordClosing(confirmed.confirm(new PaymentId(1), NOW));
    var cancelled = fixture.holdAt(OWNER, NOW);
    serviceAt(NOW).cancelReservation(new CancelReservationCommand(OWNER, cancelled.id()));

    assertThatThrownBy(
            () ->
                serviceAt(NOW)
                    .cancelReservation(new CancelReservationCommand(OWNER, confirmed.id())))
        .isInstanceOf(ReservationNotHeldException.class);
    assertThatThrownBy(
            () ->
                serviceAt(NOW)
                    .cancelReservation(new CancelReservationCommand(OWNER, cancelled.id())))
        .isInstanceOf(ReservationNotHeldException.class);
  }
}
