package com.concert.bootstrap;

import com.concert.adapter.out.persistence.JooqConcertRepository;
import com.concert.adapter.out.persistence.JooqIdempotencyStore;
import com.concert.adapter.out.persistence.JooqPaymentRepository;
import com.concert.adapter.out.persistence.JooqReservationRepository;
import com.concert.adapter.out.persistence.JooqSeatRepository;
import com.concert.adapter.out.persistence.JooqWalletRepository;
import com.concert.adapter.out.persistence.PostgresUserLock;
import com.concert.application.port.out.IdempotencyStore;
import com.concert.application.port.out.UserLock;
import com.concert.domain.port.out.ConcertRepository;
import com.concert.domain.port.out.PaymentRepository;
import com.concert.domain.port.out.ReservationRepository;
import com.concert.domain.port.out.SeatRepository;
import com.concert.domain.port.out.WalletRepository;
import java.time.Duration;
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
  PaymentRepository paymentRepository(DSLContext dsl) {
    return new JooqPaymentRepository(dsl);
  }

  @Bean
  ReservationRepository reservationRepository(DSLContext dsl) {
    return new JooqReservationRepository(dsl);
  }

  @Bean
  UserLock userLock(DSLContext dsl) {
    return new PostgresUserLock(dsl);
  }

  @Bean
  WalletRepository walletRepository(DSLContext dsl) {
    return new JooqWalletRepository(dsl);
  }

  /**
   * A retry waits at most 2 seconds for the first request with its key (a charge or a payment takes
   * milliseconds), then answers 409 IDEMPOTENCY_IN_PROGRESS rather than hold a connection longer.
   */
  @Bean
  IdempotencyStore idempotencyStore(DSLContext dsl) {
    return new JooqIdempotencyStore(dsl, Duration.ofSeconds(2));
  }
}
