package com.concert.adapter.in.web.catalog;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

public record CreateConcertRequest(
    @Schema(example = "Winter Gala") @NotNull String title,
    @NotNull List<@NotNull @Valid ScheduleRequest> schedules) {

  public record ScheduleRequest(
      @Schema(example = "2026-12-24") @NotNull LocalDate date,
      @Schema(example = "50") @NotNull Integer seatCount,
      @Schema(example = "120000") @NotNull Long price) {}
}
