package com.concert.adapter.in.web.queue;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

public record QueueTokenResponse(
    @Schema(example = "q1c9hJ0uX2Hk7yqN3m8rVwz5tLbEoP4sAdGfKiMnOpQ") String token,
    @Schema(example = "42") long userId,
    @Schema(
            example = "WAITING",
            allowableValues = {"WAITING", "ACTIVE"})
        String status,
    @Schema(example = "17") long position,
    @Schema(example = "95") long estimatedWaitSeconds,
    @Schema(example = "2026-12-01T10:10:00Z", nullable = true) Instant expiresAt) {}
