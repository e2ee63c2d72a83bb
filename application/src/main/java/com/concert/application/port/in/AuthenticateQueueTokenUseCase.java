package com.concert.application.port.in;

public interface AuthenticateQueueTokenUseCase {

  /**
   * The pass a presented token gives, at this moment.
   *
   * @throws com.concert.domain.queue.TokenInvalidException when the token is malformed, was never
   *     issued, has expired, or finished too long ago to be honoured
   */
  QueuePass authenticate(String token);
}
