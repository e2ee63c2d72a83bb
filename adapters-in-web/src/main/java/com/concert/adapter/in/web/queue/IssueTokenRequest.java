package com.concert.adapter.in.web.queue;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** The user who asks for a place in the queue, as the original API named it. */
public record IssueTokenRequest(@Schema(example = "42") @NotNull Long id) {}
