package com.concert.adapter.in.web.wallet;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

public record ChargeRequest(
    @Schema(example = "42") @NotNull Long userId,
    @Schema(example = "50000") @NotNull Long amount) {}
