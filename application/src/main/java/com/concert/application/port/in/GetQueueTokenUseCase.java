package com.concert.application.port.in;

public interface GetQueueTokenUseCase {

  /**
   * The token's current status and position.
   *
   * @throws com.concert.domain.queue.TokenInvalidException for a malformed, unknown, expired or
   *     finished token
   */
  QueueTokenView get(String token);
}
