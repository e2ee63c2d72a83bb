package com.concert.domain.shared;

/** A request that names a user other than the one it is authenticated as. */
public class ForbiddenException extends DomainException {

  public ForbiddenException(String message) {
    super(ErrorCode.FORBIDDEN, message);
  }
}
