package com.concert.domain.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.concert.domain.concert.SeatNo;
import com.concert.domain.payment.PaymentId;
import com.concert.domain.port.out.ReservationRepository;
import com.concert.domain.port.out.ReservationRepository.Claim;
import com.concert.domain.reservation.HoldPeriod;
import com.concert.domain.reservation.NewHold;
import com.concert.domain.reservation.Reservation;
import com.concert.domain.reservation.ReservationId;
import com.concert.domain.reservation.ReservationStatus;
import com.concert.domain.reservation.ReservedSeat;
import com.concert.domain.shared.Money;
import com.concert.domain.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ReservationRepository} must do, run against the in-memory fake and the
 * PostgreSQL adapter alike. Each test makes its own seats and users, so implementations may share
 * one store across tests.
 */
public abstract class ReservationRepositoryContract {

  private static final AtomicLong USERS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

  protected static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
  protected static final Duration TTL = Duration.ofMinutes(5);

  protected abstract ReservationRepository reservations();

  /** Seat 1 of a new show that has exactly one seat, priced {@code price}. */
  protected abstract ReservedSeat newSeat(Money price);

  /** A payment of the user, for a confirmation to name. */
  protected abstract PaymentId newPayment(UserId user);

  protected static UserId newUser() {
    return new UserId(USERS.incrementAndGet());
  }

  protected static NewHold hold(UserId user, ReservedSeat seat, Instant at) {
    return new NewHold(user, seat, HoldPeriod.startingAt(at, TTL));
  }

  protected Reservation won(NewHold hold) {
    var claim = reservations().claim(hold);
    assertThat(claim).isInstanceOf(Claim.Won.class);
    return ((Claim.Won) claim).reservation();
  }

  @Test
  void theFirstClaimOfAFreeSeatWinsAtTheSeatsPrice() {
    var seat = newSeat(Money.won(120_000));
    var user = newUser();

    var reservation = won(hold(user, seat, T0));

    assertThat(reservation.id().value()).isPositive();
    assertThat(reservation.user()).isEqualTo(user);
    assertThat(reservation.seat()).isEqualTo(seat);
    assertThat(reservation.price()).isEqualTo(Money.won(120_000));
    assertThat(reservation.status()).isEqualTo(ReservationStatus.HELD);
    assertThat(reservation.period()).isEqualTo(HoldPeriod.startingAt(T0, TTL));
    assertThat(reservations().findByUser(user))
        .singleElement()
        .satisfies(stored -> assertSameReservation(stored, reservation));
  }

  @Test
  void aSeatUnderARunningHoldIsTakenForEveryoneIncludingTheHolder() {
    var seat = newSeat(Money.won(1));
    var holder = newUser();
    won(hold(holder, seat, T0));
    var lastMoment = T0.plus(TTL).minusNanos(1_000);

    assertThat(reservations().claim(hold(newUser(), seat, lastMoment)))
        .isInstanceOf(Claim.SeatTaken.class);
    assertThat(reservations().claim(hold(holder, seat, lastMoment)))
        .isInstanceOf(Claim.SeatTaken.class);
  }

  @Test
  void aHoldThatIsOverFreesTheSeatAndTheWinningClaimMarksItExpired() {
    var seat = newSeat(Money.won(1));
    var first = newUser();
    var firstHold = won(hold(first, seat, T0));
    var expiry = T0.plus(TTL);

    var second = won(hold(newUser(), seat, expiry));

    assertThat(second.id()).isNotEqualTo(firstHold.id());
    assertThat(reservations().findByUser(first))
        .singleElement()
        .satisfies(
            old -> {
              assertThat(old.status()).isEqualTo(ReservationStatus.EXPIRED);
              assertThat(old.closedAt()).contains(expiry);
            });
  }

  @Test
  void aSoldSeatIsTakenForeverEvenAfterItsHoldTime() {
    var seat = newSeat(Money.won(1));
    var bought = won(hold(newUser(), seat, T0));
    reservations().recordClosing(bought.confirm(newPayment(bought.user()), T0.plusSeconds(1)));

    assertThat(reservations().claim(hold(newUser(), seat, T0.plus(TTL).plusSeconds(3600))))
        .isInstanceOf(Claim.SeatTaken.class);
  }

  @Test
  void aSeatNumberTheShowDoesNotHaveIsNoSuchSeat() {
    var seat = newSeat(Money.won(1));
    var missing =
        new ReservedSeat(
            seat.concert(), seat.schedule(), seat.date(), new SeatNo(seat.seatNo().value() + 1));
    var user = newUser();

    assertThat(reservations().claim(hold(user, missing, T0))).isInstanceOf(Claim.NoSuchSeat.class);
    assertThat(reservations().findByUser(user)).isEmpty();
  }

  @Test
  void liveHoldsAreTheUsersHoldsThatAreStillRunning() {
    var user = newUser();
    won(hold(user, newSeat(Money.won(1)), T0));
    won(hold(user, newSeat(Money.won(1)), T0.plusSeconds(60)));
    var cancelled = won(hold(user, newSeat(Money.won(1)), T0));
    reservations().recordClosing(cancelled.cancel(T0.plusSeconds(1)));
    var confirmed = won(hold(user, newSeat(Money.won(1)), T0));
    reservations().recordClosing(confirmed.confirm(newPayment(user), T0.plusSeconds(1)));
    won(hold(newUser(), newSeat(Money.won(1)), T0));

    assertThat(reservations().countLiveHolds(user, T0.plusSeconds(1))).isEqualTo(2);
    assertThat(reservations().countLiveHolds(user, T0.plus(TTL))).isEqualTo(1);
    assertThat(reservations().countLiveHolds(user, T0.plus(TTL).plusSeconds(60))).isZero();
  }

  @Test
  void theLiveHoldsOfAUserAreFoundInIdOrderWithoutTheirOtherReservations() {
    var user = newUser();
    var first = won(hold(user, newSeat(Money.won(1)), T0));
    var second = won(hold(user, newSeat(Money.won(2)), T0.plusSeconds(60)));
    var over = won(hold(user, newSeat(Money.won(3)), T0.minus(TTL)));
    var cancelled = won(hold(user, newSeat(Money.won(4)), T0));
    reservations().recordClosing(cancelled.cancel(T0.plusSeconds(1)));
    won(hold(newUser(), newSeat(Money.won(5)), T0));

    var live = reservations().findLiveHoldsOfUserForUpdate(user, T0.plusSeconds(1));

    assertThat(live).extracting(Reservation::id).containsExactly(first.id(), second.id());
    assertThat(live).extracting(Reservation::price).containsExactly(Money.won(1), Money.won(2));
    assertThat(reservations().findLiveHoldsOfUserForUpdate(user, T0.plus(TTL))).hasSize(1);
    // The hold left out for being over is there to be found, not missing.
    assertThat(reservations().findOfUserForUpdate(over.id(), user).map(r -> r.statusAt(T0)))
        .contains(ReservationStatus.EXPIRED);
  }

  @Test
  void aReservationIsFoundForItsOwnerOnly() {
    var owner = newUser();
    var reservation = won(hold(owner, newSeat(Money.won(1)), T0));

    assertThat(reservations().findOfUserForUpdate(reservation.id(), owner))
        .hasValueSatisfying(found -> assertSameReservation(found, reservation));
    assertThat(reservations().findOfUserForUpdate(reservation.id(), newUser())).isEmpty();
    assertThat(reservations().findOfUserForUpdate(new ReservationId(Long.MAX_VALUE), owner))
        .isEmpty();
  }

  @Test
  void aCancelledHoldIsStoredAndItsSeatIsFreeAtOnce() {
    var seat = newSeat(Money.won(1));
    var owner = newUser();
    var reservation = won(hold(owner, seat, T0));
    var at = T0.plusSeconds(10);

    reservations().recordClosing(reservation.cancel(at));

    assertThat(reservations().findOfUserForUpdate(reservation.id(), owner))
        .hasValueSatisfying(
            stored -> {
              assertThat(stored.status()).isEqualTo(ReservationStatus.CANCELLED);
              assertThat(stored.closedAt()).contains(at);
            });
    won(hold(newUser(), seat, at));
  }

  @Test
  void aConfirmationIsStoredWithItsPayment() {
    var owner = newUser();
    var reservation = won(hold(owner, newSeat(Money.won(1)), T0));

    var payment = newPayment(owner);

    reservations().recordClosing(reservation.confirm(payment, T0.plusSeconds(5)));

    assertThat(reservations().findOfUserForUpdate(reservation.id(), owner))
        .hasValueSatisfying(
            stored -> {
              assertThat(stored.status()).isEqualTo(ReservationStatus.CONFIRMED);
              assertThat(stored.payment()).contains(payment);
              assertThat(stored.closedAt()).contains(T0.plusSeconds(5));
            });
  }

  @Test
  void onlyAHeldReservationCanBeClosed() {
    var reservation = won(hold(newUser(), newSeat(Money.won(1)), T0));
    var cancelled = reservation.cancel(T0.plusSeconds(1));
    reservations().recordClosing(cancelled);

    assertThatThrownBy(() -> reservations().recordClosing(cancelled))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aUsersReservationsComeNewestFirstWhateverTheirStatus() {
    var user = newUser();
    var first = won(hold(user, newSeat(Money.won(1)), T0));
    reservations().recordClosing(first.cancel(T0.plusSeconds(1)));
    var second = won(hold(user, newSeat(Money.won(2)), T0.plusSeconds(2)));
    var third = won(hold(user, newSeat(Money.won(3)), T0.plusSeconds(3)));
    won(hold(newUser(), newSeat(Money.won(4)), T0));

    assertThat(reservations().findByUser(user))
        .extracting(Reservation::id)
        .containsExactly(third.id(), second.id(), first.id());
    assertThat(reservations().findByUser(user).get(2).status())
        .isEqualTo(ReservationStatus.CANCELLED);
  }

  @Test
  void theSweepMarksHoldsThatAreOverAndNothingElse() {
    var user = newUser();
    var over = won(hold(user, newSeat(Money.won(1)), T0.minus(TTL)));
    var running = won(hold(user, newSeat(Money.won(1)), T0.minusSeconds(1)));

    var marked = reservations().expireHolds(T0, 1_000_000);

    assertThat(marked).isPositive();
    assertThat(reservations().findOfUserForUpdate(over.id(), user))
        .hasValueSatisfying(
            stored -> {
              assertThat(stored.status()).isEqualTo(ReservationStatus.EXPIRED);
              assertThat(stored.closedAt()).contains(T0);
            });
    assertThat(reservations().findOfUserForUpdate(running.id(), user))
        .hasValueSatisfying(
            stored -> assertThat(stored.status()).isEqualTo(ReservationStatus.HELD));
    assertThat(reservations().expireHolds(T0, 1_000_000)).isZero();
  }

  @Test
  void theSweepMarksAtMostItsLimit() {
    var user = newUser();
    var farPast = T0.minus(Duration.ofDays(3650));
    won(hold(user, newSeat(Money.won(1)), farPast));
    won(hold(user, newSeat(Money.won(1)), farPast));
    won(hold(user, newSeat(Money.won(1)), farPast));

    assertThat(reservations().expireHolds(farPast.plus(TTL), 2)).isEqualTo(2);
    assertThat(reservations().expireHolds(farPast.plus(TTL), 2)).isEqualTo(1);
  }

  private static void assertSameReservation(Reservation actual, Reservation expected) {
    assertThat(actual.id()).isEqualTo(expected.id());
    assertThat(actual.user()).isEqualTo(expected.user());
    assertThat(actual.seat()).isEqualTo(expected.seat());
    assertThat(actual.price()).isEqualTo(expected.price());
    assertThat(actual.status()).isEqualTo(expected.status());
    assertThat(actual.period()).isEqualTo(expected.period());
    assertThat(actual.payment()).isEqualTo(expected.payment());
    assertThat(actual.closedAt()).isEqualTo(expected.closedAt());
  }
}
