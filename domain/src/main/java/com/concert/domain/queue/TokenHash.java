package com.concert.domain.queue;

import java.util.Arrays;

/** The SHA-256 of a queue token: how a presented token is found without storing the token. */
public final class TokenHash {

  public static final int LENGTH = 32;

  private final byte[] bytes;

  private TokenHash(byte[] bytes) {
    if (bytes.length != LENGTH) {
      throw new IllegalArgumentException("a token hash has " + LENGTH + " bytes");
    }
    this.bytes = bytes.clone();
  }

  public static TokenHash of(byte[] bytes) {
    return new TokenHash(bytes);
  }

  public byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TokenHash hash && Arrays.equals(bytes, hash.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }
}
