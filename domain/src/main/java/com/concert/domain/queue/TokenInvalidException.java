package com.concert.domain.queue;

import com.concert.domain.shared.DomainException;
import com.concert.domain.shared.ErrorCode;

/** A queue token that was never issued, is malformed, has expired or is finished. */
public class TokenInvalidException extends DomainException {

  public TokenInvalidException(String message) {
    super(ErrorCode.TOKEN_INVALID, message);
  }
}
