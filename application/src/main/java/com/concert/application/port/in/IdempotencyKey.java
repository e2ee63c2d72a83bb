package com.concert.application.port.in;

import com.concert.domain.shared.InvalidRequestException;

/**
 * The {@code Idempotency-Key} a client sends to make a request safe to retry: 1 to 255 visible
 * ASCII characters ({@code 0x21} to {@code 0x7E}).
 */
public record IdempotencyKey(String value) {

  public static final int MAX_LENGTH = 255;

  public IdempotencyKey {
    if (value == null
        || value.isEmpty()
        || value.length() > MAX_LENGTH
        || !value.chars().allMatch(c -> c >= 0x21 && c <= 0x7E)) {
      throw new InvalidRequestException(
          "an Idempotency-Key is 1 to " + MAX_LENGTH + " visible ASCII characters");
    }
  }
}
