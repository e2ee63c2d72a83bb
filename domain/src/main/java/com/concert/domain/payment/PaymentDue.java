package com.concert.domain.payment;

import com.concert.domain.reservation.Reservation;
import com.concert.domain.reservation.ReservationNotHeldException;
import com.concert.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a payment is for and what it costs: held reservations, and the total of their prices as the
 * catalog set them. A client never sets a price; the amount it sends can only confirm the total.
 */
public record PaymentDue(List<Reservation> reservations, Money total) {

  public PaymentDue {
    reservations = List.copyOf(reservations);
  }

  /**
   * The payment of these reservations at {@code now}.
   *
   * @throws ReservationNotHeldException when there is nothing to pay, or one is confirmed or
   *     cancelled
   * @throws com.concert.domain.reservation.HoldExpiredException when the time of one ran out
   */
  public static PaymentDue of(List<Reservation> reservations, Instant now) {
    if (reservations.isEmpty()) {
      throw new ReservationNotHeldException();
    }
    reservations.forEach(reservation -> reservation.ensurePayableAt(now));
    var total = reservations.stream().map(Reservation::price).reduce(Money.ZERO, Money::plus);
    return new PaymentDue(reservations, total);
  }

  /**
   * @throws AmountMismatchException when the client sent an amount other than the total
   */
  public void confirmClaimedAmount(Optional<Money> claimed) {
    if (claimed.isPresent() && !claimed.get().equals(total)) {
      throw new AmountMismatchException(claimed.get(), total);
    }
  }
}
