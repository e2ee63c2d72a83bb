package com.concert.bootstrap;

import com.concert.application.port.in.ExpireHoldsUseCase;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Marks holds that ran out as {@code EXPIRED} every two seconds, on every instance. Nothing waits
 * for it (a hold reads as expired and its seat as free from its expiry on); it keeps the history
 * and the audit's {@code NO_STALE_HOLD} true. The use case reports what it marked as a booking
 * event.
 */
@Component
class HoldExpiryJob {

  private final ExpireHoldsUseCase expireHolds;

  HoldExpiryJob(ExpireHoldsUseCase expireHolds) {
    this.expireHolds = expireHolds;
  }

  @Scheduled(fixedDelay = 2_000, initialDelay = 2_000)
  void expire() {
    expireHolds.expireHolds();
  }
}
