package com.concert.application.service;

import com.concert.application.port.in.IdempotencyInProgressException;
import com.concert.application.port.in.IdempotencyKey;
import com.concert.application.port.in.IdempotencyKeyReusedException;
import com.concert.application.port.out.IdempotencyScope;
import com.concert.application.port.out.IdempotencyStore;
import com.concert.application.port.out.IdempotencyStore.Claim;
import com.concert.application.port.out.RequestFingerprint;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * The one place of the Idempotency-Key rules, for every use case that takes a key: the same key and
 * the same request give the first response again and change nothing; the same key with a different
 * request is refused; a key whose first request is still running is refused rather than used twice.
 * It runs inside the use case's transaction, so the key is committed with the effect, or rolled
 * back with it when the request fails.
 */
public class Idempotency {

  /**
   * How long a key is honoured. The contract asks for at least 24 hours; keeping them no longer
   * bounds the table, and a client retries within minutes, not days.
   */
  public static final Duration RETENTION = Duration.ofHours(24);

  /** What an effect answered, and the id of what it created, from which a replay rebuilds it. */
  public record Performed<R>(R response, long resultId) {}

  private final IdempotencyStore store;
  private final Clock clock;

  public Idempotency(IdempotencyStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * Performs {@code effect}, unless a request with the same key in the same scope succeeded: then
   * its response, rebuilt by {@code replay} from the id of what it created. Without a key, the
   * effect is simply performed.
   */
  public <R> R once(
      IdempotencyScope scope,
      Optional<IdempotencyKey> key,
      RequestFingerprint request,
      Supplier<Performed<R>> effect,
      LongFunction<R> replay) {
    if (key.isEmpty()) {
      return effect.get().response();
    }
    var claim = store.claim(scope, key.get(), request, clock.instant());
    if (claim instanceof Claim.Completed completed) {
      if (!completed.request().equals(request)) {
        throw new IdempotencyKeyReusedException();
      }
      return replay.apply(completed.resultId());
    }
    if (claim instanceof Claim.StillRunning) {
      throw new IdempotencyInProgressException();
    }
    var performed = effect.get();
    store.complete(scope, key.get(), performed.resultId());
    return performed.response();
  }
}
