package com.concert.adapter.in.web.payment;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

public record PaymentResponse(
    @Schema(example = "77") long paymentId,
    @Schema(example = "[901]") List<Long> reservationIds,
    @Schema(example = "120000") long amount,
    @Schema(example = "30000") long balance,
    @Schema(
            example = "PAID",
            allowableValues = {"PAID"})
        String status,
    @Schema(example = "2026-12-01T10:03:12Z") Instant paidAt) {}
