package com.concert.adapter.out.persistence;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Another request's transaction, stopped half-way on a thread of its own: what it locked before
 * stopping stays locked while the test acts, until the test releases it to finish and commit.
 */
final class HeldTransaction<T> {

  /** The transaction's work; it calls {@code stopHere} where it waits to be released. */
  @FunctionalInterface
  interface Work<T> {
    T run(Runnable stopHere);
  }

  private final CountDownLatch release = new CountDownLatch(1);
  private final Future<T> outcome;

  private HeldTransaction(PostgresTestSupport db, ExecutorService thread, Work<T> work)
      throws InterruptedException {
    var stopped = new CountDownLatch(1);
    this.outcome =
        thread.submit(
            () ->
                db.inTransaction(
                    () ->
                        work.run(
                            () -> {
                              stopped.countDown();
                              awaitRelease();
                            })));
    if (!stopped.await(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the held transaction never reached its stop");
    }
  }

  /** Starts the work in a transaction on {@code thread}; returns once the work has stopped. */
  static <T> HeldTransaction<T> start(PostgresTestSupport db, ExecutorService thread, Work<T> work)
      throws InterruptedException {
    return new HeldTransaction<>(db, thread, work);
  }

  /** Lets the work go on from its stop, to its end and its commit or rollback. */
  void release() {
    release.countDown();
  }

  /** What the work returned, or threw, once released. */
  Future<T> outcome() {
    return outcome;
  }

  private void awaitRelease() {
    try {
      release.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
