package com.concert.domain.concert;

import com.concert.domain.shared.DomainException;
import com.concert.domain.shared.ErrorCode;

public class ConcertNotFoundException extends DomainException {

  public ConcertNotFoundException(ConcertId id) {
    super(ErrorCode.CONCERT_NOT_FOUND, "there is no concert " + id.value());
  }
}
