package com.concert.bootstrap;

import com.concert.adapter.out.persistence.JooqConcertRepository;
import com.concert.adapter.out.persistence.JooqReservationRepository;
import com.concert.adapter.out.persistence.JooqSeatRepository;
import com.concert.adapter.out.persistence.PostgresUserLock;
import com.concert.application.port.out.UserLock;
import com.concert.domain.port.out.ConcertRepository;
import com.concert.domain.port.out.ReservationRepository;
import com.concert.domain.port.out.SeatRepository;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The PostgreSQL adapters behind the domain's driven ports. */
@Configuration(proxyBeanMethods = false)
class PersistenceConfiguration {

  @Bean
  ConcertRepository concertRepository(DSLContext dsl) {
    return new JooqConcertRepository(dsl);
  }

  @Bean
  SeatRepository seatRepository(DSLContext dsl) {
    return new JooqSeatRepository(dsl);
  }

  @Bean
  ReservationRepository reservationRepository(DSLContext dsl) {
    return new JooqReservationRepository(dsl);
  }

  @Bean
  UserLock userLock(DSLContext dsl) {
    return new PostgresUserLock(dsl);
  }
}
