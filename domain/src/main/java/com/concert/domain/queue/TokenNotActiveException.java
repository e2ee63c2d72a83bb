package com.concert.domain.queue;

import com.concert.domain.shared.DomainException;
import com.concert.domain.shared.ErrorCode;
import java.util.Map;

/** A valid token that is still waiting its turn; the client learns its place in line. */
public class TokenNotActiveException extends DomainException {

  private final long position;

  public TokenNotActiveException(long position) {
    super(ErrorCode.TOKEN_NOT_ACTIVE, "the queue token is still waiting, at position " + position);
    this.position = position;
  }

  public long position() {
    return position;
  }

  @Override
  public Map<String, Object> facts() {
    return Map.of("position", position);
  }
}
