package com.concert.application.port.out;

import com.concert.application.port.in.ReservationView;
import com.concert.domain.payment.Payment;
import com.concert.domain.shared.UserId;

/**
 * The business events an operator follows: each use case tells it what it did, after doing it. What
 * becomes of an event (a log line, a metric) is the adapter's choice; an event carries ids and
 * counts only, never a token or a key.
 */
public interface BookingEvents {

  /** The user now holds the seat of this reservation. */
  void seatHeld(UserId user, ReservationView reservation);

  /** The user cancelled this hold; its seat is free again. */
  void holdCancelled(UserId user, ReservationView reservation);

  /** A sweep marked this many holds whose time was over as expired. */
  void holdsExpired(int count);

  /** The payment's user paid for its reservations, now CONFIRMED (a replay is no new payment). */
  void paymentCompleted(Payment payment);
}
