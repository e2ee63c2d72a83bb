package com.concert.domain.shared;

/** A value that can never be valid, such as a non-positive id or a title of 300 characters. */
public class InvalidRequestException extends DomainException {

  public InvalidRequestException(String message) {
    super(ErrorCode.INVALID_REQUEST, message);
  }
}
