package com.concert.adapter.in.web.reservation;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;

/** {@code concertId} may be left out while the catalog holds exactly one concert. */
public record HoldSeatRequest(
    @Schema(example = "1") @Positive Long concertId,
    @Schema(example = "2026-12-24") @NotNull LocalDate concertDate,
    @Schema(example = "7") @NotNull @Positive Integer seatNo) {}
