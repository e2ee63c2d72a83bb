package com.concert.adapter.in.web.queue;

import java.time.Instant;

public record QueueTokenResponse(
    String token,
    long userId,
    String status,
    long position,
    long estimatedWaitSeconds,
    Instant expiresAt) {}
