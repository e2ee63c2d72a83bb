package com.concert.application.port.in;

public interface MeasureQueueUseCase {

  /** How many wait in line and how many may book now. */
  QueueSizes measure();

  record QueueSizes(long waiting, int active) {}
}
