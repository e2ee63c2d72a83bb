package com.concert.bootstrap;

import com.concert.adapter.in.web.admin.AdminAccess;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
class ApplicationConfiguration {

  /**
   * The one clock of the service. Its zone is {@code concert.time-zone}, which says what "today"
   * is; it ticks in microseconds, the precision PostgreSQL stores, so an instant reads back exactly
   * as it was written.
   */
  @Bean
  Clock clock(ConcertProperties properties) {
    return Clock.tick(Clock.system(properties.timeZone()), Duration.ofNanos(1_000));
  }

  @Bean
  Transactions transactions(PlatformTransactionManager transactionManager) {
    return new Transactions(transactionManager);
  }

  @Bean
  AdminAccess adminAccess(ConcertProperties properties) {
    return new AdminAccess(properties.admin().key());
  }
}
