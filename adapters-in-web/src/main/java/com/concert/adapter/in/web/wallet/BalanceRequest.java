package com.concert.adapter.in.web.wallet;

import jakarta.validation.constraints.NotNull;

/** The balance query of the original API, sent as a JSON body of the GET. */
public record BalanceRequest(@NotNull Long id) {}
