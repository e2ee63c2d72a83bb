package com.concert.application.fake;

import com.concert.application.port.in.IdempotencyKey;
import com.concert.application.port.out.IdempotencyScope;
import com.concert.application.port.out.IdempotencyStore;
import com.concert.application.port.out.RequestFingerprint;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Idempotency keys in memory, one thread at a time. A key claimed and not yet completed stands for
 * a request still running elsewhere: claiming it again finds it still running.
 */
public class InMemoryIdempotencyStore implements IdempotencyStore {

  private record Id(IdempotencyScope scope, IdempotencyKey key) {}

  private record Stored(RequestFingerprint request, Long resultId, Instant claimedAt) {}

  private final Map<Id, Stored> keys = new HashMap<>();

  @Override
  public Claim claim(
      IdempotencyScope scope, IdempotencyKey key, RequestFingerprint request, Instant now) {
    var stored = keys.get(new Id(scope, key));
    if (stored == null) {
      keys.put(new Id(scope, key), new Stored(request, null, now));
      return new Claim.Won();
    }
    if (stored.resultId() == null) {
      return new Claim.StillRunning();
    }
    return new Claim.Completed(stored.request(), stored.resultId());
  }

  @Override
  public void complete(IdempotencyScope scope, IdempotencyKey key, long resultId) {
    keys.computeIfPresent(
        new Id(scope, key),
        (id, stored) -> new Stored(stored.request(), resultId, stored.claimedAt()));
  }

  @Override
  public int forgetClaimedBefore(Instant cutoff) {
    var before = keys.size();
    keys.values().removeIf(stored -> stored.claimedAt().isBefore(cutoff));
    return before - keys.size();
  }

  public int size() {
    return keys.size();
  }
}
