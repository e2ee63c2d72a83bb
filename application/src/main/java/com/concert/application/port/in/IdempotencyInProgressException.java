package com.concert.application.port.in;

import com.concert.domain.shared.DomainException;
import com.concert.domain.shared.ErrorCode;

/** The first request with this Idempotency-Key is still running; retry to get its response. */
public class IdempotencyInProgressException extends DomainException {

  public IdempotencyInProgressException() {
    super(
        ErrorCode.IDEMPOTENCY_IN_PROGRESS,
        "a request with this Idempotency-Key is still being processed; retry shortly");
  }
}
