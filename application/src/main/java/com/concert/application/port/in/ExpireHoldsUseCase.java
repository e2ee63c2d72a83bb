package com.concert.application.port.in;

public interface ExpireHoldsUseCase {

  /**
   * Marks every hold that is over as {@code EXPIRED}, in short transactions of their own; how many
   * it marked. Correctness never waits for it (a hold reads as expired from its expiry on); it
   * keeps the history tidy. Safe to run on every instance at once.
   */
  int expireHolds();
}
