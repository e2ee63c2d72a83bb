package com.concert.domain.payment;

import com.concert.domain.reservation.ReservationId;
import com.concert.domain.shared.Money;
import com.concert.domain.shared.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A completed payment: what it took from whose wallet, what it left there, and the reservations it
 * confirmed. Payments are only ever made whole; there is no payment in progress.
 */
public record Payment(
    PaymentId id,
    UserId user,
    Money amount,
    Money balanceAfter,
    List<ReservationId> reservations,
    Instant paidAt) {

  public Payment {
    Objects.requireNonNull(id);
    Objects.requireNonNull(user);
    Objects.requireNonNull(amount);
    Objects.requireNonNull(balanceAfter);
    Objects.requireNonNull(paidAt);
    reservations =
        reservations.stream().sorted(Comparator.comparingLong(ReservationId::value)).toList();
    if (reservations.isEmpty()) {
      throw new IllegalArgumentException("a payment pays for at least one reservation");
    }
  }
}
