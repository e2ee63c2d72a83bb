package com.concert.application.port.out;

import com.concert.domain.shared.UserId;

/**
 * Serializes one user's concurrent requests, on every instance, until the current transaction ends:
 * taken before counting what the user already has (holds, a live token), so the count cannot change
 * under the decision. Nobody else's requests wait on it.
 */
public interface UserLock {

  void lockUntilTransactionEnds(UserId user);
}
