package com.concert.domain.port.out;

/** The token signing key all instances share when the operator configures none. */
public interface QueueSigningKeys {

  /** The shared key: the stored one, or {@code candidate} if none was stored before. */
  byte[] sharedKey(byte[] candidate);
}
