package com.concert.domain.payment;

import com.concert.domain.shared.InvalidRequestException;

public record PaymentId(long value) {

  public PaymentId {
    if (value <= 0) {
      throw new InvalidRequestException("a payment id is a positive integer, not " + value);
    }
  }
}
