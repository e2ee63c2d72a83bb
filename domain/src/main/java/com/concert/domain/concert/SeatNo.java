package com.concert.domain.concert;

import com.concert.domain.shared.InvalidRequestException;

/** A seat's number within its show, counted from 1. */
public record SeatNo(int value) {

  public SeatNo {
    if (value <= 0) {
      throw new InvalidRequestException("a seat number is a positive integer, not " + value);
    }
  }
}
