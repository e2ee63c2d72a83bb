package com.concert.db.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Runs contenders on threads of their own, all released at the same instant, and reports how each
 * one ended. The tool of every race test: the assertions then count winners and losers exactly.
 */
public final class Race {

  private static final long TIMEOUT_SECONDS = 120;

  private Race() {}

  /** How one contender ended: with a value, or with the exception it threw. */
  public record Outcome<T>(T value, Throwable error) {

    public boolean succeeded() {
      return error == null;
    }

    public boolean failedWith(Class<? extends Throwable> type) {
      return type.isInstance(error);
    }
  }

  /** Runs {@code contenders} tasks, the i-th made by {@code task.apply(i)}, released together. */
  public static <T> List<Outcome<T>> run(int contenders, IntFunction<Callable<T>> task) {
    var ready = new CountDownLatch(contenders);
    var go = new CountDownLatch(1);
    var pool = Executors.newFixedThreadPool(contenders);
    try {
      var futures = new ArrayList<Future<T>>();
      for (int i = 0; i < contenders; i++) {
        var work = task.apply(i);
        futures.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  go.await();
                  return work.call();
                }));
      }
      if (!ready.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the contenders did not all start");
      }
      go.countDown();
      var outcomes = new ArrayList<Outcome<T>>();
      for (var future : futures) {
        outcomes.add(outcome(future));
      }
      return outcomes;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> Outcome<T> outcome(Future<T> future) throws InterruptedException {
    try {
      return new Outcome<>(future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS), null);
    } catch (ExecutionException e) {
      return new Outcome<>(null, e.getCause());
    } catch (java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("a contender did not finish in " + TIMEOUT_SECONDS + " s", e);
    }
  }
}
