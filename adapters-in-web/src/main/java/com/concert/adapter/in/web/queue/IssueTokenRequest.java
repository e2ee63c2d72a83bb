package com.concert.adapter.in.web.queue;

import jakarta.validation.constraints.NotNull;

/** The user who asks for a place in the queue, as the original API named it. */
public record IssueTokenRequest(@NotNull Long id) {}
