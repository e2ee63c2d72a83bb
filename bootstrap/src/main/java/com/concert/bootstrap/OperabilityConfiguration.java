package com.concert.bootstrap;

import com.concert.application.port.in.MeasureQueueUseCase;
import com.concert.application.port.out.BookingEvents;
import com.concert.application.service.MeasureQueueService;
import com.concert.domain.port.out.WaitingQueue;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What an operator watches: the business events and the queue's sizes. */
@Configuration(proxyBeanMethods = false)
class OperabilityConfiguration {

  @Bean
  BookingEvents bookingEvents(MeterRegistry registry) {
    return new OperatorBookingEvents(registry);
  }

  @Bean
  MeasureQueueUseCase measureQueue(WaitingQueue queue, Clock clock, Transactions tx) {
    var service = new MeasureQueueService(queue, clock);
    return () -> tx.readOnly(service::measure);
  }

  /**
   * The queue's sizes, read from the database at each scrape. Both are cheap whatever the crowd:
   * the waiting count is one probe of the line's partial index (the last ticket) less the admission
   * watermark, and the active count scans the partial index of active tokens, which holds at most
   * {@code max-active-users} live entries.
   */
  @Bean
  MeterBinder queueSizes(MeasureQueueUseCase measureQueue) {
    return registry -> {
      Gauge.builder("concert.queue.waiting", measureQueue, queue -> queue.measure().waiting())
          .description("Users waiting in line")
          .register(registry);
      Gauge.builder("concert.queue.active", measureQueue, queue -> queue.measure().active())
          .description("Users admitted to book now")
          .register(registry);
    };
  }
}
