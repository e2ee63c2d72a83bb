package com.concert.bootstrap;

import com.concert.application.port.in.AuditInvariantsUseCase;
import com.concert.application.port.in.AuditReport.Invariant;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Audits the data every {@code concert.audit.interval} on every instance (the checks only read),
 * logs each violation, and keeps the last audit's count per invariant in the gauge {@code
 * concert.audit.violations}, which an alert can watch for anything above zero.
 */
@Component
class AuditJob implements SchedulingConfigurer {

  private static final Logger log = LoggerFactory.getLogger(AuditJob.class);

  private final AuditInvariantsUseCase audit;
  private final ConcertProperties properties;
  private final Map<Invariant, AtomicInteger> violations = new EnumMap<>(Invariant.class);

  AuditJob(AuditInvariantsUseCase audit, ConcertProperties properties, MeterRegistry registry) {
    this.audit = audit;
    this.properties = properties;
    for (var invariant : Invariant.values()) {
      var count = new AtomicInteger();
      violations.put(invariant, count);
      Gauge.builder("concert.audit.violations", count, AtomicInteger::get)
          .description("Violations of the invariant found by the last audit")
          .tag("invariant", invariant.name())
          .register(registry);
    }
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    var interval = properties.audit().interval();
    registrar.addFixedDelayTask(this::run, interval);
  }

  void run() {
    var report = audit.audit();
    var found = new EnumMap<Invariant, Integer>(Invariant.class);
    for (var violation : report.violations()) {
      found.merge(violation.invariant(), 1, Integer::sum);
      log.atError()
          .addKeyValue("event", "invariant-violated")
          .addKeyValue("invariant", violation.invariant().name())
          .log("Invariant {} violated: {}", violation.invariant(), violation.detail());
    }
    violations.forEach((invariant, count) -> count.set(found.getOrDefault(invariant, 0)));
  }
}
