package com.concert.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.concert.domain.concert.ConcertId;
import com.concert.domain.concert.ScheduleId;
import com.concert.domain.concert.SeatNo;
import com.concert.domain.reservation.HoldExpiredException;
import com.concert.domain.reservation.HoldPeriod;
import com.concert.domain.reservation.Reservation;
import com.concert.domain.reservation.ReservationId;
import com.concert.domain.reservation.ReservationNotHeldException;
import com.concert.domain.reservation.ReservationStatus;
import com.concert.domain.reservation.ReservedSeat;
import com.concert.domain.shared.Money;
import com.concert.domain.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PaymentDueTest {

  static final Instant HELD_AT = Instant.parse("2026-12-01T10:00:00Z");
  static final HoldPeriod PERIOD = HoldPeriod.startingAt(HELD_AT, Duration.ofMinutes(5));
  static final Instant NOW = HELD_AT.plusSeconds(60);

  static Reservation reservation(long id, long price, ReservationStatus status) {
    var closed = status == ReservationStatus.HELD ? Optional.<Instant>empty() : Optional.of(NOW);
    var payment =
        status == ReservationStatus.CONFIRMED
            ? Optional.of(new PaymentId(9))
            : Optional.<PaymentId>empty();
    return Reservation.reconstitute(
        new ReservationId(id),
        new UserId(42),
        new ReservedSeat(
            new ConcertId(1), new ScheduleId(1), LocalDate.of(2026, 12, 24), new SeatNo((int) id)),
        Money.won(price),
        status,
        PERIOD,
        payment,
        closed);
  }

  @Test
  void theTotalIsTheSumOfThePricesTheCatalogSet() {
    var due =
        PaymentDue.of(
            List.of(
                reservation(1, 120_000, ReservationStatus.HELD),
                reservation(2, 80_000, ReservationStatus.HELD)),
            NOW);

    assertThat(due.total()).isEqualTo(Money.won(200_000));
    due.confirmClaimedAmount(Optional.empty());
    due.confirmClaimedAmount(Optional.of(Money.won(200_000)));
  }

  @Test
  void anAmountOtherThanTheTotalIsAMismatch() {
    var due = PaymentDue.of(List.of(reservation(1, 120_000, ReservationStatus.HELD)), NOW);

    assertThatThrownBy(() -> due.confirmClaimedAmount(Optional.of(Money.won(119_999))))
        .isInstanceOf(AmountMismatchException.class);
    assertThatThrownBy(() -> due.confirmClaimedAmount(Optional.of(Money.won(120_001))))
        .isInstanceOf(AmountMismatchException.class);
  }

  @Test
  void freeSeatsCostNothing() {
    var due = PaymentDue.of(List.of(reservation(1, 0, ReservationStatus.HELD)), NOW);

    assertThat(due.total()).isEqualTo(Money.ZERO);
  }

  @Test
  void nothingHeldIsNothingToPay() {
    assertThatThrownBy(() -> PaymentDue.of(List.of(), NOW))
        .isInstanceOf(ReservationNotHeldException.class);
  }

  @Test
  void aConfirmedOrCancelledReservationIsNotHeld() {
    assertThatThrownBy(
            () -> PaymentDue.of(List.of(reservation(1, 1, ReservationStatus.CONFIRMED)), NOW))
        .isInstanceOf(ReservationNotHeldException.class);
    assertThatThrownBy(
            () -> PaymentDue.of(List.of(reservation(1, 1, ReservationStatus.CANCELLED)), NOW))
        .isInstanceOf(ReservationNotHeldException.class);
  }

  @Test
  void aHoldPastItsTimeHasExpiredWhetherOrNotASweepMarkedIt() {
    assertThatThrownBy(
            () ->
                PaymentDue.of(
                    List.of(reservation(1, 1, ReservationStatus.HELD)), PERIOD.expiresAt()))
        .isInstanceOf(HoldExpiredException.class);
    assertThatThrownBy(
            () -> PaymentDue.of(List.of(reservation(1, 1, ReservationStatus.EXPIRED)), NOW))
        .isInstanceOf(HoldExpiredException.class);
  }

  @Test
  void theTotalOfTheLargestPricesDoesNotOverflowSilently() {
    var huge = reservation(1, Long.MAX_VALUE, ReservationStatus.HELD);
    var more = reservation(2, 1, ReservationStatus.HELD);

    assertThatThrownBy(() -> PaymentDue.of(List.of(huge, more), NOW))
        .isInstanceOf(RuntimeException.class)
        .hasMessageContaining("too large");
  }
}
