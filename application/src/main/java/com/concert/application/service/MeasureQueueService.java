package com.concert.application.service;

import com.concert.application.port.in.MeasureQueueUseCase;
import com.concert.domain.port.out.WaitingQueue;
import java.time.Clock;

public class MeasureQueueService implements MeasureQueueUseCase {

  private final WaitingQueue queue;
  private final Clock clock;

  public MeasureQueueService(WaitingQueue queue, Clock clock) {
    this.queue = queue;
    this.clock = clock;
  }

  @Override
  public QueueSizes measure() {
    return new QueueSizes(queue.countWaiting(), queue.countActive(clock.instant()));
  }
}
