package com.concert.bootstrap;

import com.concert.adapter.out.persistence.JooqInvariantChecks;
import com.concert.application.port.in.AuditInvariantsUseCase;
import com.concert.application.port.out.InvariantChecks;
import com.concert.application.service.AuditInvariantsService;
import java.time.Clock;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The invariant audit: its checks on PostgreSQL and its use case, run read-only. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

  @Bean
  InvariantChecks invariantChecks(DSLContext dsl) {
    return new JooqInvariantChecks(dsl);
  }

  @Bean
  AuditInvariantsUseCase auditInvariants(InvariantChecks checks, Clock clock, Transactions tx) {
    var service = new AuditInvariantsService(checks, clock);
    return () -> tx.readOnly(service::audit);
  }
}
