package com.concert.application.port.in;

import com.concert.domain.shared.UserId;
import java.util.Objects;
import java.util.Optional;

/** A charge as the client asked for it; the amount is checked against the wallet's limits. */
public record ChargeWalletCommand(
    UserId user, long amount, Optional<IdempotencyKey> idempotencyKey) {

  public ChargeWalletCommand {
    Objects.requireNonNull(user);
    Objects.requireNonNull(idempotencyKey);
  }
}
