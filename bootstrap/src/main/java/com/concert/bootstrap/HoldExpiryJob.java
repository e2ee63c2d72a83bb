package com.concert.bootstrap;

import com.concert.application.port.in.ExpireHoldsUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Marks holds that ran out as {@code EXPIRED} every two seconds, on every instance. Nothing waits
 * for it (a hold reads as expired and its seat as free from its expiry on); it keeps the history
 * and the audit's {@code NO_STALE_HOLD} true.
 */
@Component
class HoldExpiryJob {

  private static final Logger log = LoggerFactory.getLogger(HoldExpiryJob.class);

  private final ExpireHoldsUseCase expireHolds;

  HoldExpiryJob(ExpireHoldsUseCase expireHolds) {
    this.expireHolds = expireHolds;
  }

  @Scheduled(fixedDelay = 2_000, initialDelay = 2_000)
  void expire() {
    var expired = expireHolds.expireHolds();
    if (expired > 0) {
      log.info("Marked {} expired holds", expired);
    }
  }
}
