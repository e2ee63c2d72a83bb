package com.concert.adapter.in.web.wallet;

import jakarta.validation.constraints.NotNull;

public record ChargeRequest(@NotNull Long userId, @NotNull Long amount) {}
