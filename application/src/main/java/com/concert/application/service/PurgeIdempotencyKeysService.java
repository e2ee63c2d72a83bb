package com.concert.application.service;

import com.concert.application.port.in.PurgeIdempotencyKeysUseCase;
import com.concert.application.port.out.IdempotencyStore;
import java.time.Clock;

public class PurgeIdempotencyKeysService implements PurgeIdempotencyKeysUseCase {

  private final IdempotencyStore store;
  private final Clock clock;

  public PurgeIdempotencyKeysService(IdempotencyStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @Override
  public int purgeExpiredKeys() {
    return store.forgetClaimedBefore(clock.instant().minus(Idempotency.RETENTION));
  }
}
