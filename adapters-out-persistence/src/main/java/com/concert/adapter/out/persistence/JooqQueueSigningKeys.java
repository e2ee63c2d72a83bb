package com.concert.adapter.out.persistence;

import static com.concert.db.jooq.Tables.QUEUE_SIGNING_KEY;

import com.concert.domain.port.out.QueueSigningKeys;
import java.time.Clock;
import org.jooq.DSLContext;

public class JooqQueueSigningKeys implements QueueSigningKeys {

  private final DSLContext dsl;
  private final Clock clock;

  public JooqQueueSigningKeys(DSLContext dsl, Clock clock) {
    this.dsl = dsl;
    this.clock = clock;
  }

  /**
   * The first instance to start stores its candidate; every other one, then and later, reads it.
   * Two statements on purpose: the read must see a key another instance committed while this one's
   * insert waited on it.
   */
  @Override
  public byte[] sharedKey(byte[] candidate) {
    dsl.insertInto(QUEUE_SIGNING_KEY)
        .set(QUEUE_SIGNING_KEY.ID, 1)
        .set(QUEUE_SIGNING_KEY.SECRET, candidate)
        .set(QUEUE_SIGNING_KEY.CREATED_AT, clock.instant())
        .onConflictDoNothing()
        .execute();
    return dsl.select(QUEUE_SIGNING_KEY.SECRET)
        .from(QUEUE_SIGNING_KEY)
        .where(QUEUE_SIGNING_KEY.ID.eq(1))
        .fetchSingle(QUEUE_SIGNING_KEY.SECRET);
  }
}
