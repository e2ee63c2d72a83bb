package com.concert.domain.shared;

import java.util.Map;

/** A broken business rule. Unchecked, so callers only catch what they can answer. */
public abstract class DomainException extends RuntimeException {

  private final ErrorCode code;

  protected DomainException(ErrorCode code, String message) {
    super(message);
    this.code = code;
  }

  public ErrorCode code() {
    return code;
  }

  /** Facts about the failure a client can act on, such as a place in the queue. */
  public Map<String, Object> facts() {
    return Map.of();
  }
}
