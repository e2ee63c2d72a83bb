package com.concert.adapter.in.web.queue;

import com.concert.domain.queue.TokenInvalidException;

/** Reads the queue token from the Authorization header: the one place its two forms are known. */
final class QueueTokenHeader {

  private static final String BEARER = "bearer ";

  private QueueTokenHeader() {}

  /** The token of {@code Bearer <token>}, or the header itself as the original API sent it. */
  static String tokenFrom(String authorization) {
    if (authorization == null || authorization.isBlank()) {
      throw new TokenInvalidException("an Authorization header with the queue token is required");
    }
    var value = authorization.strip();
    if (value.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      value = value.substring(BEARER.length()).strip();
    }
    return value;
  }
}
