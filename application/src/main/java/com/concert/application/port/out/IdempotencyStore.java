package com.concert.application.port.out;

import com.concert.application.port.in.IdempotencyKey;
import java.time.Instant;

/**
 * The Idempotency-Keys of the requests that succeeded. A key is claimed in the transaction of the
 * request's effect and completed in it, so it is committed with the effect or rolled back with it:
 * a request that failed leaves no trace.
 */
public interface IdempotencyStore {

  /**
   * Claims the key for this request, before the request does anything. When a concurrent request
   * holds the key, waits (a bounded time) for it to end: if it committed, its claim is the answer;
   * if it rolled back, this request claims the key.
   */
  Claim claim(IdempotencyScope scope, IdempotencyKey key, RequestFingerprint request, Instant now);

  /** Records what the effect of the claiming request created, in the same transaction. */
  void complete(IdempotencyScope scope, IdempotencyKey key, long resultId);

  /** Forgets the keys claimed before {@code cutoff}; how many. */
  int forgetClaimedBefore(Instant cutoff);

  /** What a claim found. */
  sealed interface Claim {

    /** The key is this request's: it performs its effect, then completes the claim. */
    record Won() implements Claim {}

    /** A request with this key succeeded; {@code resultId} names what its effect created. */
    record Completed(RequestFingerprint request, long resultId) implements Claim {}

    /** A request with this key is still running after the longest wait. */
    record StillRunning() implements Claim {}
  }
}
