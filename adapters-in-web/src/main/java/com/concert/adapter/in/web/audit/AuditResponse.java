package com.concert.adapter.in.web.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

public record AuditResponse(
    @Schema(example = "2026-12-01T10:00:00Z") Instant checkedAt,
    List<ViolationResponse> violations) {

  public record ViolationResponse(
      @Schema(
              example = "NO_STALE_HOLD",
              allowableValues = {
                "ONE_LIVE_RESERVATION_PER_SEAT",
                "CONFIRMED_IS_PAID_AND_SOLD",
                "BALANCE_EQUALS_LEDGER",
                "NO_STALE_HOLD"
              })
          String invariant,
      @Schema(
              example =
                  "reservation 901 is still HELD though its hold ended at 2026-12-01T09:55:00Z")
          String detail) {}
}
