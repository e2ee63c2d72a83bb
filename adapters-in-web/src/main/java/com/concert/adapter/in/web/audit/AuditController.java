package com.concert.adapter.in.web.audit;

import com.concert.application.port.in.AuditInvariantsUseCase;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Behind the admin key, as everything under {@code /api/admin}. */
@RestController
public class AuditController {

  private final AuditInvariantsUseCase auditInvariants;
  private final AuditMapper mapper;

  public AuditController(AuditInvariantsUseCase auditInvariants, AuditMapper mapper) {
    this.auditInvariants = auditInvariants;
    this.mapper = mapper;
  }

  @Operation(summary = "Check the invariants of the stored data")
  @GetMapping("/api/admin/audit")
  public AuditResponse audit() {
    return mapper.toResponse(auditInvariants.audit());
  }
}
