package com.concert.application.port.out;

import com.concert.domain.shared.UserId;
import java.util.Objects;

/**
 * Where an Idempotency-Key is valid: one endpoint, one user. The same key sent to another endpoint
 * or by another user is another key.
 */
public record IdempotencyScope(String endpoint, UserId user) {

  public static final int MAX_ENDPOINT_LENGTH = 64;

  public IdempotencyScope {
    Objects.requireNonNull(user);
    if (endpoint == null || endpoint.isBlank() || endpoint.length() > MAX_ENDPOINT_LENGTH) {
      throw new IllegalArgumentException(
          "an endpoint is named in 1 to " + MAX_ENDPOINT_LENGTH + " characters");
    }
  }
}
