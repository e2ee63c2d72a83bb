package com.concert.application.port.in;

import com.concert.domain.shared.DomainException;
import com.concert.domain.shared.ErrorCode;

/** An Idempotency-Key that already belongs to a different request of the same user and endpoint. */
public class IdempotencyKeyReusedException extends DomainException {

  public IdempotencyKeyReusedException() {
    super(
        ErrorCode.IDEMPOTENCY_KEY_REUSED,
        "this Idempotency-Key was used for a different request; use a new key for a new request");
  }
}
