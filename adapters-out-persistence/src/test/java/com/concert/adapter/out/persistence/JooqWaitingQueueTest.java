package com.concert.adapter.out.persistence;

import com.concert.domain.port.out.WaitingQueue;
import com.concert.domain.port.out.contract.WaitingQueueContract;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

class JooqWaitingQueueTest extends WaitingQueueContract {

  static PostgresTestSupport db;
  final JooqWaitingQueue queue = new JooqWaitingQueue(db.dsl());

  @BeforeAll
  static void start() {
    db = PostgresTestSupport.start(4);
  }

  @AfterAll
  static void stop() {
    db.close();
  }

  @BeforeEach
  void emptyTheQueue() {
    db.dsl().execute("truncate queue_token restart identity");
    db.dsl()
        .execute(
            "update queue_state set admitted_upto = 0, admission_rate = null,"
                + " rate_updated_at = null");
  }

  @Override
  protected WaitingQueue queue() {
    return queue;
  }

  @Override
  protected <T> T inTransaction(Supplier<T> work) {
    return db.inTransaction(work);
  }
}
