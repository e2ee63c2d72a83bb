package com.concert.application.port.in;

import com.concert.domain.queue.QueuePolicy;
import com.concert.domain.queue.QueueStanding;
import com.concert.domain.queue.QueueStatus;
import com.concert.domain.queue.TokenInvalidException;
import com.concert.domain.shared.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A token as its holder sees it: WAITING with a position and an estimate, or ACTIVE until when. */
public record QueueTokenView(
    String token,
    UserId user,
    QueueStatus status,
    long position,
    long estimatedWaitSeconds,
    Optional<Instant> expiresAt) {

  public QueueTokenView {
    Objects.requireNonNull(token);
    Objects.requireNonNull(user);
    Objects.requireNonNull(status);
    Objects.requireNonNull(expiresAt);
  }

  /**
   * How the holder of {@code token} sees it at {@code now}.
   *
   * @throws TokenInvalidException when the token is no longer live (expired or finished)
   */
  public static QueueTokenView of(
      QueueStanding standing, String token, QueuePolicy policy, Instant now) {
    var queueToken = standing.token();
    return switch (queueToken.statusAt(now)) {
      case WAITING ->
          new QueueTokenView(
              token,
              queueToken.user(),
              QueueStatus.WAITING,
              standing.position(),
              policy.estimatedWaitSeconds(standing.position(), standing.rate()),
              Optional.empty());
      case ACTIVE ->
          new QueueTokenView(
              token, queueToken.user(), QueueStatus.ACTIVE, 0, 0, queueToken.expiresAt());
      case FINISHED, EXPIRED ->
          throw new TokenInvalidException("the queue token is no longer valid");
    };
  }
}
