package com.concert.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.concert.db.testing.Race;
import com.concert.domain.shared.UserId;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PostgresUserLockTest {

  static PostgresTestSupport db;
  PostgresUserLock lock = new PostgresUserLock(db.dsl());

  @BeforeAll
  static void start() {
    db = PostgresTestSupport.start(8);
  }

  @AfterAll
  static void stop() {
    db.close();
  }

  /**
   * Each transaction reads a counter, pauses, and writes it back plus one: without the lock, the
   * eight transactions of one user would overwrite each other's increments.
   */
  @Test
  void oneUsersTransactionsRunOneAtATime() {
    var user = new UserId(7);
    var counter = new AtomicInteger();

    var outcomes =
        Race.run(
            8,
            i ->
                () ->
                    db.inTransaction(
                        () -> {
                          lock.lockUntilTransactionEnds(user);
                          var seen = counter.get();
                          pause();
                          counter.set(seen + 1);
                          return seen;
                        }));

    assertThat(outcomes).allMatch(Race.Outcome::succeeded);
    assertThat(counter).hasValue(8);
  }

  @Test
  void differentUsersDoNotWaitForEachOther() throws Exception {
    var pool = Executors.newFixedThreadPool(2);
    try {
      var holder =
          HeldTransaction.start(
              db,
              pool,
              stopHere -> {
                lock.lockUntilTransactionEnds(new UserId(1));
                stopHere.run();
                return null;
              });

      var other =
          pool.submit(() -> db.inTransaction(() -> lock.lockUntilTransactionEnds(new UserId(2))));

      other.get(10, TimeUnit.SECONDS);
      holder.release();
      holder.outcome().get(10, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
