package com.concert.adapter.in.web.wallet;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** The balance query of the original API, sent as a JSON body of the GET. */
public record BalanceRequest(@Schema(example = "42") @NotNull Long id) {}
