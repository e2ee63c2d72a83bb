package com.concert.application.port.out;

import java.util.function.Supplier;

/**
 * A transaction boundary, for the rare use case that needs one of its own inside. Every use case is
 * already one transaction; this is for the one that must commit a step before taking the next.
 */
public interface UnitOfWork {

  <T> T inTransaction(Supplier<T> work);
}
