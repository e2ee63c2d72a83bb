package com.concert.domain.concert;

import com.concert.domain.shared.InvalidRequestException;

public record ConcertId(long value) {

  public ConcertId {
    if (value <= 0) {
      throw new InvalidRequestException("a concert id is a positive integer, not " + value);
    }
  }
}
