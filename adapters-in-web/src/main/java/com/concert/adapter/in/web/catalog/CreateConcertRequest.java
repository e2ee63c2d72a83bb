package com.concert.adapter.in.web.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

public record CreateConcertRequest(
    @NotNull String title, @NotNull List<@NotNull @Valid ScheduleRequest> schedules) {

  public record ScheduleRequest(
      @NotNull LocalDate date, @NotNull Integer seatCount, @NotNull Long price) {}
}
