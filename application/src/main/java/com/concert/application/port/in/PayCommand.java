package com.concert.application.port.in;

import com.concert.domain.reservation.ReservationId;
import com.concert.domain.shared.Money;
import com.concert.domain.shared.UserId;
import com.concert.domain.wallet.InvalidAmountException;
import java.util.Objects;
import java.util.Optional;

/**
 * A payment request: by the token's user, for one reservation or, without one, for everything the
 * user holds. The amount and user id a client may send only confirm what the service computes.
 */
public record PayCommand(
    QueuePass pass,
    Optional<ReservationId> reservation,
    Optional<Long> amount,
    Optional<UserId> claimedUser,
    Optional<IdempotencyKey> idempotencyKey) {

  public PayCommand {
    Objects.requireNonNull(pass);
    Objects.requireNonNull(reservation);
    Objects.requireNonNull(amount);
    Objects.requireNonNull(claimedUser);
    Objects.requireNonNull(idempotencyKey);
    if (amount.isPresent() && amount.get() <= 0) {
      throw new InvalidAmountException(
          "a payment amount is a positive number of won, not " + amount.get());
    }
  }

  public Optional<Money> claimedAmount() {
    return amount.map(Money::won);
  }
}
