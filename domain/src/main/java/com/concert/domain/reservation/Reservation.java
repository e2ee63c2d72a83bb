package com.concert.domain.reservation;

import com.concert.domain.payment.PaymentId;
import com.concert.domain.shared.Money;
import com.concert.domain.shared.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A user's claim on one seat. It starts {@code HELD}; it leaves that state once, by being paid
 * ({@code CONFIRMED}), cancelled ({@code CANCELLED}) or by running out of time ({@code EXPIRED}).
 *
 * <p>A hold whose time is over is expired whatever its stored status says: {@link #statusAt} reads
 * it as {@code EXPIRED} before any sweep has marked it. Every transition is decided at an instant
 * the caller passes in; the aggregate never reads a clock.
 */
public final class Reservation {

  private final ReservationId id;
  private final UserId user;
  private final ReservedSeat seat;
  private final Money price;
  private final ReservationStatus status;
  private final HoldPeriod period;
  private final PaymentId payment;
  private final Instant closedAt;

  private Reservation(
      ReservationId id,
      UserId user,
      ReservedSeat seat,
      Money price,
      ReservationStatus status,
      HoldPeriod period,
      PaymentId payment,
      Instant closedAt) {
    this.id = Objects.requireNonNull(id);
    this.user = Objects.requireNonNull(user);
    this.seat = Objects.requireNonNull(seat);
    this.price = Objects.requireNonNull(price);
    this.status = Objects.requireNonNull(status);
    this.period = Objects.requireNonNull(period);
    if ((status == ReservationStatus.CONFIRMED) != (payment != null)) {
      throw new IllegalArgumentException("exactly a confirmed reservation has a payment");
    }
    if ((status == ReservationStatus.HELD) != (closedAt == null)) {
      throw new IllegalArgumentException("exactly a reservation that left HELD has a closing time");
    }
    this.payment = payment;
    this.closedAt = closedAt;
  }

  /**
   * A new hold of the seat for the user, who holds {@code liveHolds} seats at {@code now}. It is
   * only an intent: whether the seat is free is settled when it is claimed.
   *
   * @throws HoldLimitReachedException when the user already holds as many seats as the policy
   *     allows
   */
  public static NewHold hold(
      UserId user, ReservedSeat seat, HoldPolicy policy, int liveHolds, Instant now) {
    return new NewHold(user, seat, policy.periodOfNextHold(liveHolds, now));
  }

  /** Rebuilds a stored reservation; only persistence adapters call this. */
  public static Reservation reconstitute(
      ReservationId id,
      UserId user,
      ReservedSeat seat,
      Money price,
      ReservationStatus status,
      HoldPeriod period,
      Optional<PaymentId> payment,
      Optional<Instant> closedAt) {
    return new Reservation(
        id, user, seat, price, status, period, payment.orElse(null), closedAt.orElse(null));
  }

  /** The status a client sees at {@code now}: a hold whose time is over reads as expired. */
  public ReservationStatus statusAt(Instant now) {
    return status == ReservationStatus.HELD && period.isOverAt(now)
        ? ReservationStatus.EXPIRED
        : status;
  }

  /**
   * Gives the seat back.
   *
   * @throws ReservationNotHeldException unless the hold is still running at {@code now}
   */
  public Reservation cancel(Instant now) {
    var current = statusAt(now);
    if (current != ReservationStatus.HELD) {
      throw new ReservationNotHeldException(id, current);
    }
    return close(ReservationStatus.CANCELLED, null, now);
  }

  /**
   * Marks the hold paid.
   *
   * @throws ReservationNotHeldException when it is already confirmed or cancelled
   * @throws HoldExpiredException when its time ran out, whether or not a sweep has marked it
   */
  public Reservation confirm(PaymentId payment, Instant now) {
    Objects.requireNonNull(payment);
    ensurePayableAt(now);
    return close(ReservationStatus.CONFIRMED, payment, now);
  }

  /**
   * Whether the hold can be paid at {@code now}; a hold that is both gone and over is reported as
   * gone, the first of the two in the contract's order.
   *
   * @throws ReservationNotHeldException when it is already confirmed or cancelled
   * @throws HoldExpiredException when its time ran out, whether or not a sweep has marked it
   */
  public void ensurePayableAt(Instant now) {
    if (status == ReservationStatus.CONFIRMED || status == ReservationStatus.CANCELLED) {
      throw new ReservationNotHeldException(id, status);
    }
    if (statusAt(now) == ReservationStatus.EXPIRED) {
      throw new HoldExpiredException(id, period.expiresAt());
    }
  }

  private Reservation close(ReservationStatus next, PaymentId paidWith, Instant now) {
    return new Reservation(id, user, seat, price, next, period, paidWith, now);
  }

  public ReservationId id() {
    return id;
  }

  public UserId user() {
    return user;
  }

  public ReservedSeat seat() {
    return seat;
  }

  public Money price() {
    return price;
  }

  /** The stored status; what a client sees is {@link #statusAt}. */
  public ReservationStatus status() {
    return status;
  }

  public HoldPeriod period() {
    return period;
  }

  public Optional<PaymentId> payment() {
    return Optional.ofNullable(payment);
  }

  public Optional<Instant> closedAt() {
    return Optional.ofNullable(closedAt);
  }
}
