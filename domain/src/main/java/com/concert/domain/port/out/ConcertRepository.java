package com.concert.domain.port.out;

import com.concert.domain.concert.Concert;
import com.concert.domain.concert.ConcertId;
import com.concert.domain.concert.ConcertPlan;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The catalog of concerts and their shows. */
public interface ConcertRepository {

  /** Every concert, in the order they were added. */
  List<Concert> findAll();

  Optional<Concert> findById(ConcertId id);

  /** The concert when the catalog holds exactly one; empty when it holds none or several. */
  Optional<Concert> findSole();

  /** Stores the concert with its shows and every seat of each show. */
  Concert add(ConcertPlan plan, Instant now);

  /**
   * Stores the concert only if the catalog is empty, atomically: of any number of concurrent
   * callers, on any number of instances, at most one adds it.
   */
  Optional<Concert> addIfCatalogEmpty(ConcertPlan plan, Instant now);
}
