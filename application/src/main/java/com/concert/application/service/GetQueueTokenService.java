package com.concert.application.service;

import com.concert.application.port.in.GetQueueTokenUseCase;
import com.concert.application.port.in.QueueTokenView;
import com.concert.domain.queue.QueuePolicy;
import java.time.Clock;

public class GetQueueTokenService implements GetQueueTokenUseCase {

  private final QueueLookup lookup;
  private final QueuePolicy policy;
  private final Clock clock;

  public GetQueueTokenService(QueueLookup lookup, QueuePolicy policy, Clock clock) {
    this.lookup = lookup;
    this.policy = policy;
    this.clock = clock;
  }

  @Override
  public QueueTokenView get(String token) {
    return QueueTokenView.of(lookup.standingOf(token), token, policy, clock.instant());
  }
}
