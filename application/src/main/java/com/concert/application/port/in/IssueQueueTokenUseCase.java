package com.concert.application.port.in;

import com.concert.domain.shared.UserId;

public interface IssueQueueTokenUseCase {

  /**
   * The user's place in the queue: the token they already hold while it is live, else a new one,
   * ACTIVE at once when there is room and nobody waits, else WAITING at the end of the line.
   */
  QueueTokenView issue(UserId user);
}
