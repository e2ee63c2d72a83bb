package com.concert.domain.queue;

import java.security.SecureRandom;
import java.util.Arrays;

/** The random part of a queue token: what is signed to make the token a user presents. */
public final class TokenNonce {

  public static final int LENGTH = 16;

  private final byte[] bytes;

  private TokenNonce(byte[] bytes) {
    if (bytes.length != LENGTH) {
      throw new IllegalArgumentException("a token nonce has " + LENGTH + " bytes");
    }
    this.bytes = bytes.clone();
  }

  public static TokenNonce random(SecureRandom random) {
    var bytes = new byte[LENGTH];
    random.nextBytes(bytes);
    return new TokenNonce(bytes);
  }

  public static TokenNonce of(byte[] bytes) {
    return new TokenNonce(bytes);
  }

  public byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TokenNonce nonce && Arrays.equals(bytes, nonce.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }
}
