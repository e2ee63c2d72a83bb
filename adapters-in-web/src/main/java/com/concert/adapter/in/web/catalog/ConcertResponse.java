package com.concert.adapter.in.web.catalog;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

public record ConcertResponse(
    @Schema(example = "1") long id,
    @Schema(example = "Winter Gala") String title,
    @Schema(example = "[\"2026-12-24\", \"2026-12-25\"]") List<LocalDate> dates) {}
