package com.concert.application.port.in;

public interface AuditInvariantsUseCase {

  /** Checks every invariant of the stored data; a healthy service reports no violation. */
  AuditReport audit();
}
