package com.concert.domain.concert;

import com.concert.domain.shared.InvalidRequestException;

/** A concert's title: 1 to 200 characters, counted as code points, not all blank. */
public record ConcertTitle(String value) {

  public static final int MAX_LENGTH = 200;

  /** Not text in any sense a client means, and PostgreSQL's text type cannot hold it. */
  private static final char NUL = '\u0000';

  public ConcertTitle {
    if (value == null || value.isBlank()) {
      throw new InvalidRequestException("a concert needs a title");
    }
    if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
      throw new InvalidRequestException(
          "a concert title has at most " + MAX_LENGTH + " characters");
    }
    if (value.indexOf(NUL) >= 0) {
      throw new InvalidRequestException("a concert title cannot contain the NUL character");
    }
  }
}
