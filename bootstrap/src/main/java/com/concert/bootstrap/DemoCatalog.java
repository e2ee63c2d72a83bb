package com.concert.bootstrap;

import com.concert.application.port.in.SeedDemoCatalogUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/** With {@code concert.demo-data=true} (the default), a fresh catalog gets the demo concert. */
@Component
@ConditionalOnBooleanProperty(name = "concert.demo-data", matchIfMissing = true)
class DemoCatalog implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);

  private final SeedDemoCatalogUseCase seedDemoCatalog;

  DemoCatalog(SeedDemoCatalogUseCase seedDemoCatalog) {
    this.seedDemoCatalog = seedDemoCatalog;
  }

  @Override
  public void run(ApplicationArguments args) {
    seedDemoCatalog
        .seedDemoCatalog()
        .ifPresent(
            concert ->
                log.info(
                    "Added the demo concert {} ({}) on {}",
                    concert.id().value(),
                    concert.title().value(),
                    concert.dates()));
  }
}
