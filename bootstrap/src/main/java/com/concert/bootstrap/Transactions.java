package com.concert.bootstrap;

import com.concert.application.port.out.UnitOfWork;
import java.util.function.Supplier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transaction around each use case: the use-case beans are decorated with it where they are
 * declared, so the application module stays free of Spring and one use case is one transaction.
 */
public class Transactions implements UnitOfWork {

  private final TransactionTemplate readWrite;
  private final TransactionTemplate readOnly;

  public Transactions(PlatformTransactionManager manager) {
    this.readWrite = new TransactionTemplate(manager);
    this.readOnly = new TransactionTemplate(manager);
    this.readOnly.setReadOnly(true);
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return readWrite.execute(status -> work.get());
  }

  public void inTransaction(Runnable work) {
    readWrite.executeWithoutResult(status -> work.run());
  }

  public <T> T readOnly(Supplier<T> work) {
    return readOnly.execute(status -> work.get());
  }
}
