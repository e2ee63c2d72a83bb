package com.concert.adapter.in.web.catalog;

import io.swagger.v3.oas.annotations.media.Schema;

public record SeatResponse(
    @Schema(example = "7") int seatNo,
    @Schema(
            example = "AVAILABLE",
            allowableValues = {"AVAILABLE", "HELD", "SOLD"})
        String status,
    @Schema(example = "120000") long price) {}
