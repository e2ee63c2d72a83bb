package com.concert.domain.shared;

public record UserId(long value) {

  public UserId {
    if (value <= 0) {
      throw new InvalidRequestException("a user id is a positive integer, not " + value);
    }
  }
}
