package com.concert.application.service;

import com.concert.application.port.in.AuthenticateQueueTokenUseCase;
import com.concert.application.port.in.QueuePass;
import com.concert.application.port.in.QueuePass.Access;
import com.concert.domain.queue.QueuePolicy;
import com.concert.domain.queue.TokenInvalidException;
import java.time.Clock;

public class AuthenticateQueueTokenService implements AuthenticateQueueTokenUseCase {

  private final QueueLookup lookup;
  private final QueuePolicy policy;
  private final Clock clock;

  public AuthenticateQueueTokenService(QueueLookup lookup, QueuePolicy policy, Clock clock) {
    this.lookup = lookup;
    this.policy = policy;
    this.clock = clock;
  }

  @Override
  public QueuePass authenticate(String token) {
    var standing = lookup.standingOf(token);
    var queueToken = standing.token();
    var now = clock.instant();
    return switch (queueToken.statusAt(now)) {
      case ACTIVE -> new QueuePass(queueToken.user(), Access.ACTIVE, 0);
      case WAITING -> new QueuePass(queueToken.user(), Access.WAITING, standing.position());
      case FINISHED -> {
        if (!queueToken.isHonouredAfterFinishingAt(now, policy.finishedGrace())) {
          throw new TokenInvalidException("the queue token finished too long ago");
        }
        yield new QueuePass(queueToken.user(), Access.FINISHED, 0);
      }
      case EXPIRED -> throw new TokenInvalidException("the queue token has expired");
    };
  }
}
