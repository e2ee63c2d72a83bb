package com.concert.adapter.out.persistence;

import java.sql.SQLException;

/**
 * Recognizes PostgreSQL errors by their SQLSTATE, whether jOOQ raised them as they are or Spring
 * translated them: either way the driver's {@link SQLException} is in the cause chain.
 */
final class SqlStates {

  /** The statement waited longer than {@code lock_timeout} for a lock. */
  static final String LOCK_NOT_AVAILABLE = "55P03";

  private SqlStates() {}

  static boolean is(Throwable error, String sqlState) {
    for (var cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && sqlState.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
