package com.concert.adapter.in.web.catalog;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

public record AvailableDateResponse(
    @Schema(example = "2026-12-24") LocalDate date, @Schema(example = "37") int availableSeats) {}
