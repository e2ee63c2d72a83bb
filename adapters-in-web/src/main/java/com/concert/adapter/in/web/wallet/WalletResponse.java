package com.concert.adapter.in.web.wallet;

import io.swagger.v3.oas.annotations.media.Schema;

/** A user's balance; the contract calls it {@code amount}. */
public record WalletResponse(
    @Schema(example = "42") long userId, @Schema(example = "150000") long amount) {}
