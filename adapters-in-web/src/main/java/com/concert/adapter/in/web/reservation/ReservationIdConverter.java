package com.concert.adapter.in.web.reservation;

import com.concert.domain.reservation.ReservationId;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Reads a reservation id from a path. It runs while the arguments are resolved, before the queue
 * token is looked at, so a malformed or non-positive id is {@code 400} whatever the token.
 */
@Component
public class ReservationIdConverter implements Converter<String, ReservationId> {

  @Override
  public ReservationId convert(String source) {
    return new ReservationId(Long.parseLong(source));
  }
}
