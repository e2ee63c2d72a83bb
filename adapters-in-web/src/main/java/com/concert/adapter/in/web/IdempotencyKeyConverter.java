package com.concert.adapter.in.web;

import com.concert.application.port.in.IdempotencyKey;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Reads the Idempotency-Key header while the arguments are resolved, before the queue token is
 * looked at, so a malformed key is {@code 400} whatever the token.
 */
@Component
public class IdempotencyKeyConverter implements Converter<String, IdempotencyKey> {

  @Override
  public IdempotencyKey convert(String source) {
    return new IdempotencyKey(source);
  }
}
