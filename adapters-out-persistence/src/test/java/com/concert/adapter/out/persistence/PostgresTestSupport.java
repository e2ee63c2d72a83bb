package com.concert.adapter.out.persistence;

import com.concert.db.testing.TestDatabase;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A migrated database of its own, with the same transaction plumbing the service uses: a pool whose
 * connections work in the service's schema, Spring's transaction manager, and a {@link DSLContext}
 * that joins the current transaction. Close it to drop the database.
 */
public final class PostgresTestSupport implements AutoCloseable {

  private final TestDatabase database;
  private final HikariDataSource pool;
  private final DSLContext dsl;
  private final TransactionTemplate transactions;

  private PostgresTestSupport(TestDatabase database, int poolSize) {
    this.database = database;
    var config = new HikariConfig();
    config.setJdbcUrl(database.jdbcUrl());
    config.setUsername(database.username());
    config.setPassword(database.password());
    config.setSchema(TestDatabase.SCHEMA);
    config.setMaximumPoolSize(poolSize);
    this.pool = new HikariDataSource(config);
    this.dsl =
        DSL.using(
            new DefaultConfiguration()
                .set(new DataSourceConnectionProvider(new TransactionAwareDataSourceProxy(pool)))
                .set(SQLDialect.POSTGRES));
    this.transactions = new TransactionTemplate(new DataSourceTransactionManager(pool));
  }

  /** A fresh migrated database with a pool large enough for the race tests' threads. */
  public static PostgresTestSupport start() {
    return start(32);
  }

  public static PostgresTestSupport start(int poolSize) {
    return new PostgresTestSupport(TestDatabase.createMigrated(), poolSize);
  }

  public DSLContext dsl() {
    return dsl;
  }

  /** Runs the work in one transaction, as a use case runs in the service. */
  public <T> T inTransaction(Supplier<T> work) {
    return transactions.execute(status -> work.get());
  }

  public void inTransaction(Runnable work) {
    transactions.executeWithoutResult(status -> work.run());
  }

  @Override
  public void close() {
    pool.close();
    database.close();
  }
}
