package com.concert.application.port.in;

import java.util.Optional;

public interface SeedDemoCatalogUseCase {

  /**
   * Adds the demo concert when the catalog is empty, and only then; the concert it added, if any.
   */
  Optional<ConcertSummary> seedDemoCatalog();
}
