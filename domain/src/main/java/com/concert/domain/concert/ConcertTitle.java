package com.concert.domain.concert;

import com.concert.domain.shared.InvalidRequestException;

public record ConcertTitle(String value) {

  public static final int MAX_LENGTH = 200;

  public ConcertTitle {
    if (value == null || value.isBlank()) {
      throw new InvalidRequestException("a concert needs a title");
    }
    if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
      throw new InvalidRequestException(
          "a concert title has at most " + MAX_LENGTH + " characters");
    }
  }
}
