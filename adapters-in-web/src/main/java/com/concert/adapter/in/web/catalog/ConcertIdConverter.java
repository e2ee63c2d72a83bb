package com.concert.adapter.in.web.catalog;

import com.concert.domain.concert.ConcertId;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Reads a concert id from a query parameter. It runs while the arguments are resolved, before the
 * queue token is looked at, so a malformed or non-positive id is {@code 400} whatever the token.
 */
@Component
public class ConcertIdConverter implements Converter<String, ConcertId> {

  @Override
  public ConcertId convert(String source) {
    return new ConcertId(Long.parseLong(source));
  }
}
