package com.concert.domain.fake;

import com.concert.domain.port.out.WaitingQueue;
import com.concert.domain.port.out.contract.WaitingQueueContract;
import java.util.function.Supplier;

class InMemoryWaitingQueueTest extends WaitingQueueContract {

  private final InMemoryWaitingQueue queue = new InMemoryWaitingQueue();

  @Override
  protected WaitingQueue queue() {
    return queue;
  }

  @Override
  protected <T> T inTransaction(Supplier<T> work) {
    return work.get();
  }
}
