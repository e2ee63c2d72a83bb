package com.concert.adapter.in.web.audit;

import java.time.Instant;
import java.util.List;

public record AuditResponse(Instant checkedAt, List<ViolationResponse> violations) {

  public record ViolationResponse(String invariant, String detail) {}
}
