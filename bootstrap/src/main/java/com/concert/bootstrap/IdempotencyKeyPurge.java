package com.concert.bootstrap;

import com.concert.application.port.in.PurgeIdempotencyKeysUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets the Idempotency-Keys past their retention, hourly. Safe on every instance at once: it is
 * one set-based delete of rows no request can still be using.
 */
@Component
class IdempotencyKeyPurge {

  private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyPurge.class);

  private final PurgeIdempotencyKeysUseCase purgeIdempotencyKeys;

  IdempotencyKeyPurge(PurgeIdempotencyKeysUseCase purgeIdempotencyKeys) {
    this.purgeIdempotencyKeys = purgeIdempotencyKeys;
  }

  @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
  void purge() {
    var forgotten = purgeIdempotencyKeys.purgeExpiredKeys();
    if (forgotten > 0) {
      log.info("Forgot {} expired idempotency keys", forgotten);
    }
  }
}
