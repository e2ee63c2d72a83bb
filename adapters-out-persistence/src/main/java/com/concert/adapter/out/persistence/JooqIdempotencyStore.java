package com.concert.adapter.out.persistence;

import static com.concert.db.jooq.Tables.IDEMPOTENCY_KEY;

import com.concert.application.port.in.IdempotencyKey;
import com.concert.application.port.out.IdempotencyScope;
import com.concert.application.port.out.IdempotencyStore;
import com.concert.application.port.out.RequestFingerprint;
import java.time.Duration;
import java.time.Instant;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * The key is claimed with {@code INSERT ... ON CONFLICT DO NOTHING} on the primary key (scope,
 * user, key). A concurrent duplicate's insert waits on that index until the first transaction ends:
 * committed, its row is found and replayed; rolled back, the insert goes through. The wait is
 * bounded by {@code lock_timeout}, set for that one statement only, so a request stuck behind a
 * slow first one answers "still running" instead of holding a connection indefinitely.
 */
public class JooqIdempotencyStore implements IdempotencyStore {

  private final DSLContext dsl;
  private final Duration longestWait;

  public JooqIdempotencyStore(DSLContext dsl, Duration longestWait) {
    this.dsl = dsl;
    this.longestWait = longestWait;
  }

  @Override
  public Claim claim(
      IdempotencyScope scope, IdempotencyKey key, RequestFingerprint request, Instant now) {
    var previousLockTimeout = setLockTimeout(longestWait.toMillis() + "ms");
    int inserted;
    try {
      inserted =
          dsl.insertInto(IDEMPOTENCY_KEY)
              .set(IDEMPOTENCY_KEY.SCOPE, scope.endpoint())
              .set(IDEMPOTENCY_KEY.USER_ID, scope.user().value())
              .set(IDEMPOTENCY_KEY.KEY, key.value())
              .set(IDEMPOTENCY_KEY.REQUEST_HASH, request.bytes())
              .set(IDEMPOTENCY_KEY.CREATED_AT, now)
              .onConflictDoNothing()
              .execute();
    } catch (RuntimeException e) {
      if (SqlStates.is(e, SqlStates.LOCK_NOT_AVAILABLE)) {
        return new Claim.StillRunning();
      }
      throw e;
    }
    setLockTimeout(previousLockTimeout);
    if (inserted == 1) {
      return new Claim.Won();
    }
    return dsl.select(IDEMPOTENCY_KEY.REQUEST_HASH, IDEMPOTENCY_KEY.RESULT_ID)
        .from(IDEMPOTENCY_KEY)
        .where(identifies(scope, key))
        .fetchOptional()
        .<Claim>map(row -> completed(row.value1(), row.value2()))
        // Forgotten by the purge between the two statements: the key is free again.
        .orElseGet(() -> claim(scope, key, request, now));
  }

  @Override
  public void complete(IdempotencyScope scope, IdempotencyKey key, long resultId) {
    var updated =
        dsl.update(IDEMPOTENCY_KEY)
            .set(IDEMPOTENCY_KEY.RESULT_ID, resultId)
            .where(identifies(scope, key))
            .execute();
    if (updated != 1) {
      throw new IllegalStateException("the key was not claimed in this transaction");
    }
  }

  @Override
  public int forgetClaimedBefore(Instant cutoff) {
    return dsl.deleteFrom(IDEMPOTENCY_KEY).where(IDEMPOTENCY_KEY.CREATED_AT.lt(cutoff)).execute();
  }

  /**
   * Sets {@code lock_timeout} until the transaction ends or it is set again, and returns the value
   * it had. The subquery is evaluated first ({@code OFFSET 0} keeps it from being merged into the
   * outer query), so the value read is the one before the change.
   */
  private String setLockTimeout(String value) {
    return dsl.resultQuery(
            "select previous, set_config('lock_timeout', ?, true)"
                + " from (select current_setting('lock_timeout') as previous offset 0) as setting",
            value)
        .fetchSingle(0, String.class);
  }

  private static Claim completed(byte[] requestHash, Long resultId) {
    if (resultId == null) {
      throw new IllegalStateException("a key was committed without the result of its request");
    }
    return new Claim.Completed(RequestFingerprint.ofBytes(requestHash), resultId);
  }

  private static Condition identifies(IdempotencyScope scope, IdempotencyKey key) {
    return IDEMPOTENCY_KEY
        .SCOPE
        .eq(scope.endpoint())
        .and(IDEMPOTENCY_KEY.USER_ID.eq(scope.user().value()))
        .and(IDEMPOTENCY_KEY.KEY.eq(key.value()));
  }
}
