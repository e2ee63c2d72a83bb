package com.concert.adapter.in.web.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/** The key of the admin API; without one, the admin API does not exist. */
public record AdminAccess(Optional<String> apiKey) {

  public boolean isEnabled() {
    return apiKey.isPresent();
  }

  /** Compares in constant time, so response timing tells nothing about the key. */
  public boolean accepts(String presented) {
    return presented != null
        && apiKey
            .map(
                key ->
                    MessageDigest.isEqual(
                        key.getBytes(StandardCharsets.UTF_8),
                        presented.getBytes(StandardCharsets.UTF_8)))
            .orElse(false);
  }
}
