package com.concert.adapter.out.persistence;

import com.concert.domain.shared.UserId;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The transaction-scoped advisory locks the adapters take. User locks use the user id itself as the
 * key (always positive); cluster-wide locks use negative keys, so the two never collide. Each lock
 * is released when its transaction ends, so it must be taken inside one.
 */
public final class AdvisoryLocks {

  static final long DEMO_CATALOG = -1;

  /** Held by the one admission round running in the whole cluster. */
  static final long QUEUE_ADMISSION = -2;

  /**
   * Shared by every transaction joining the line, from before its ticket is drawn until it ends;
   * exclusive for an admission round, which therefore never sees a line with a gap that an
   * uncommitted lower ticket will fill later.
   */
  static final long QUEUE_TICKETS = -3;

  private AdvisoryLocks() {}

  /**
   * Serializes one user's own concurrent requests (holds, payments, token issue) without making
   * anyone else wait.
   */
  public static void lockUser(DSLContext dsl, UserId user) {
    lock(dsl, user.value());
  }

  static void lock(DSLContext dsl, long key) {
    dsl.select(DSL.function("pg_advisory_xact_lock", Object.class, DSL.val(key))).fetch();
  }

  static void lockShared(DSLContext dsl, long key) {
    dsl.select(DSL.function("pg_advisory_xact_lock_shared", Object.class, DSL.val(key))).fetch();
  }

  /** Takes the lock if it is free; false, at once, when another transaction holds it. */
  static boolean tryLock(DSLContext dsl, long key) {
    return Boolean.TRUE.equals(
        dsl.select(DSL.function("pg_try_advisory_xact_lock", Boolean.class, DSL.val(key)))
            .fetchOne(0, Boolean.class));
  }
}
