package com.concert.application.port.in;

public interface PurgeIdempotencyKeysUseCase {

  /** Forgets the Idempotency-Keys past their retention; how many were forgotten. */
  int purgeExpiredKeys();
}
