package com.concert.adapter.in.web.reservation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;

public record ReservationResponse(
    @Schema(example = "901") long reservationId,
    @Schema(example = "1") long concertId,
    @Schema(example = "2026-12-24") LocalDate concertDate,
    @Schema(example = "7") int seatNo,
    @Schema(example = "120000") long price,
    @Schema(
            example = "HELD",
            allowableValues = {"HELD", "CONFIRMED", "EXPIRED", "CANCELLED"})
        String status,
    @Schema(example = "2026-12-01T10:05:00Z") Instant expiresAt) {}
