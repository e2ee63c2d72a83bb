package com.concert.bootstrap;

import com.concert.application.port.in.CreateConcertUseCase;
import com.concert.application.port.in.ListAvailableDatesUseCase;
import com.concert.application.port.in.ListConcertsUseCase;
import com.concert.application.port.in.ListSeatsUseCase;
import com.concert.application.port.in.SeedDemoCatalogUseCase;
import com.concert.application.service.ConcertLookup;
import com.concert.application.service.CreateConcertService;
import com.concert.application.service.ListAvailableDatesService;
import com.concert.application.service.ListConcertsService;
import com.concert.application.service.ListSeatsService;
import com.concert.application.service.SeedDemoCatalogService;
import com.concert.domain.port.out.ConcertRepository;
import com.concert.domain.port.out.SeatRepository;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The catalog's use cases, each wrapped in its transaction. */
@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

  @Bean
  ConcertLookup concertLookup(ConcertRepository concerts) {
    return new ConcertLookup(concerts);
  }

  @Bean
  ListConcertsUseCase listConcerts(ConcertRepository concerts, Clock clock, Transactions tx) {
    var service = new ListConcertsService(concerts, clock);
    return () -> tx.readOnly(service::listConcerts);
  }

  @Bean
  ListAvailableDatesUseCase listAvailableDates(
      ConcertLookup lookup, SeatRepository seats, Clock clock, Transactions tx) {
    var service = new ListAvailableDatesService(lookup, seats, clock);
    return concert -> tx.readOnly(() -> service.listAvailableDates(concert));
  }

  @Bean
  ListSeatsUseCase listSeats(
      ConcertLookup lookup, SeatRepository seats, Clock clock, Transactions tx) {
    var service = new ListSeatsService(lookup, seats, clock);
    return query -> tx.readOnly(() -> service.listSeats(query));
  }

  @Bean
  CreateConcertUseCase createConcert(ConcertRepository concerts, Clock clock, Transactions tx) {
    var service = new CreateConcertService(concerts, clock);
    return command -> tx.inTransaction(() -> service.createConcert(command));
  }

  @Bean
  SeedDemoCatalogUseCase seedDemoCatalog(ConcertRepository concerts, Clock clock, Transactions tx) {
    var service = new SeedDemoCatalogService(concerts, clock);
    return () -> tx.inTransaction(service::seedDemoCatalog);
  }
}
