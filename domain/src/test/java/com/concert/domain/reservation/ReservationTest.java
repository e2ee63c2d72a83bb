package com.concert.domain.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.concert.domain.concert.ConcertId;
import com.concert.domain.concert.ScheduleId;
import com.concert.domain.concert.SeatNo;
import com.concert.domain.payment.PaymentId;
import com.concert.domain.shared.ErrorCode;
import com.concert.domain.shared.Money;
import com.concert.domain.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReservationTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
  static final Instant NOW = CLOCK.instant();
  static final Duration TTL = Duration.ofMinutes(5);
  static final Instant EXPIRY = NOW.plus(TTL);
  static final HoldPolicy POLICY = new HoldPolicy(TTL, 4);
  static final UserId USER = new UserId(42);
  static final ReservedSeat SEAT =
      new ReservedSeat(
          new ConcertId(1), new ScheduleId(3), LocalDate.of(2026, 12, 24), new SeatNo(7));

  static Reservation held() {
    var hold = Reservation.hold(USER, SEAT, POLICY, 0, NOW);
    return Reservation.reconstitute(
        new ReservationId(901),
        hold.user(),
        hold.seat(),
        Money.won(120_000),
        ReservationStatus.HELD,
        hold.period(),
        Optional.empty(),
        Optional.empty());
  }

  @Nested
  class Hold {

    @Test
    void aNewHoldIsForTheUserAndSeatAndLastsTheTimeToLiveFromNow() {
      var hold = Reservation.hold(USER, SEAT, POLICY, 3, NOW);

      assertThat(hold.user()).isEqualTo(USER);
      assertThat(hold.seat()).isEqualTo(SEAT);
      assertThat(hold.period()).isEqualTo(new HoldPeriod(NOW, EXPIRY));
    }

    @Test
    void aUserAtTheLimitCannotHoldAnotherSeat() {
      assertThatThrownBy(() -> Reservation.hold(USER, SEAT, POLICY, 4, NOW))
          .isInstanceOfSatisfying(
              HoldLimitReachedException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.HOLD_LIMIT_REACHED));
    }
  }

  @Nested
  class Expire {

    @Test
    void aHoldReadsHeldUntilTheInstantBeforeItsExpiry() {
      assertThat(held().statusAt(NOW)).isEqualTo(ReservationStatus.HELD);
      assertThat(held().statusAt(EXPIRY.minusNanos(1_000))).isEqualTo(ReservationStatus.HELD);
    }

    @Test
    void aHoldReadsExpiredFromItsExpiryOnBeforeAnySweepMarksIt() {
      var reservation = held();

      assertThat(reservation.statusAt(EXPIRY)).isEqualTo(ReservationStatus.EXPIRED);
      assertThat(reservation.statusAt(EXPIRY.plusSeconds(3600)))
          .isEqualTo(ReservationStatus.EXPIRED);
      assertThat(reservation.status()).isEqualTo(ReservationStatus.HELD);
    }

    @Test
    void aClosedReservationKeepsItsStatusWhateverTheTime() {
      var cancelled = held().cancel(NOW.plusSeconds(10));
      var confirmed = held().confirm(new PaymentId(77), NOW.plusSeconds(10));

      assertThat(cancelled.statusAt(EXPIRY.plusSeconds(1))).isEqualTo(ReservationStatus.CANCELLED);
      assertThat(confirmed.statusAt(EXPIRY.plusSeconds(1))).isEqualTo(ReservationStatus.CONFIRMED);
    }
  }

  @Nested
  class Cancel {

    @Test
    void cancellingARunningHoldClosesItAtThatInstant() {
      var at = NOW.plusSeconds(30);

      var cancelled = held().cancel(at);

      assertThat(cancelled.status()).isEqualTo(ReservationStatus.CANCELLED);
      assertThat(cancelled.closedAt()).contains(at);
      assertThat(cancelled.payment()).isEmpty();
      assertThat(cancelled.id()).isEqualTo(new ReservationId(901));
    }

    @Test
    void anExpiredHoldCannotBeCancelledEvenBeforeASweepMarksIt() {
      assertThatThrownBy(() -> held().cancel(EXPIRY))
          .isInstanceOfSatisfying(
              ReservationNotHeldException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.RESERVATION_NOT_HELD));
    }

    @Test
    void aCancelledOrConfirmedReservationCannotBeCancelled() {
      var cancelled = held().cancel(NOW);
      var confirmed = held().confirm(new PaymentId(77), NOW);

      assertThatThrownBy(() -> cancelled.cancel(NOW))
          .isInstanceOf(ReservationNotHeldException.class);
      assertThatThrownBy(() -> confirmed.cancel(NOW))
          .isInstanceOf(ReservationNotHeldException.class);
    }
  }

  @Nested
  class Confirm {

    @Test
    void confirmingARunningHoldRecordsThePayment() {
      var at = EXPIRY.minusNanos(1_000);

      var confirmed = held().confirm(new PaymentId(77), at);

      assertThat(confirmed.status()).isEqualTo(ReservationStatus.CONFIRMED);
      assertThat(confirmed.payment()).contains(new PaymentId(77));
      assertThat(confirmed.closedAt()).contains(at);
    }

    @Test
    void aHoldPastItsTimeHasExpiredWhetherOrNotItIsMarked() {
      var markedExpired =
          Reservation.reconstitute(
              new ReservationId(902),
              USER,
              SEAT,
              Money.won(1),
              ReservationStatus.EXPIRED,
              new HoldPeriod(NOW, EXPIRY),
              Optional.empty(),
              Optional.of(EXPIRY));

      assertThatThrownBy(() -> held().confirm(new PaymentId(77), EXPIRY))
          .isInstanceOfSatisfying(
              HoldExpiredException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.HOLD_EXPIRED));
      assertThatThrownBy(() -> markedExpired.confirm(new PaymentId(77), NOW))
          .isInstanceOf(HoldExpiredException.class);
    }

    @Test
    void aCancelledOrConfirmedReservationIsNotHeld() {
      var cancelled = held().cancel(NOW);
      var confirmed = held().confirm(new PaymentId(77), NOW);

      assertThatThrownBy(() -> cancelled.confirm(new PaymentId(78), NOW))
          .isInstanceOf(ReservationNotHeldException.class);
      assertThatThrownBy(() -> confirmed.confirm(new PaymentId(78), NOW))
          .isInstanceOf(ReservationNotHeldException.class);
    }
  }

  @Nested
  class Reconstitute {

    Reservation stored(
        ReservationStatus status, Optional<PaymentId> payment, Optional<Instant> closedAt) {
      return Reservation.reconstitute(
          new ReservationId(1),
          USER,
          SEAT,
          Money.ZERO,
          status,
          new HoldPeriod(NOW, EXPIRY),
          payment,
          closedAt);
    }

    @Test
    void aConfirmedReservationNeedsItsPaymentAndNothingElseHasOne() {
      var payment = Optional.of(new PaymentId(5));

      assertThat(stored(ReservationStatus.CONFIRMED, payment, Optional.of(NOW)).payment())
          .isEqualTo(payment);
      assertThatThrownBy(
              () -> stored(ReservationStatus.CONFIRMED, Optional.empty(), Optional.of(NOW)))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> stored(ReservationStatus.HELD, payment, Optional.empty()))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void exactlyAReservationThatLeftHeldHasAClosingTime() {
      assertThat(stored(ReservationStatus.CANCELLED, Optional.empty(), Optional.of(NOW)).closedAt())
          .contains(NOW);
      assertThatThrownBy(() -> stored(ReservationStatus.HELD, Optional.empty(), Optional.of(NOW)))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(
              () -> stored(ReservationStatus.CANCELLED, Optional.empty(), Optional.empty()))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
