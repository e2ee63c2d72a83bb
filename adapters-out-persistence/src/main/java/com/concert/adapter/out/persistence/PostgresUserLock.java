package com.concert.adapter.out.persistence;

import com.concert.application.port.out.UserLock;
import com.concert.domain.shared.UserId;
import org.jooq.DSLContext;

/** A transaction-scoped PostgreSQL advisory lock keyed by the user id. */
public class PostgresUserLock implements UserLock {

  private final DSLContext dsl;

  public PostgresUserLock(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public void lockUntilTransactionEnds(UserId user) {
    AdvisoryLocks.lockUser(dsl, user);
  }
}
