package com.concert.application.port.in;

import com.concert.domain.concert.ConcertId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

public record ListSeatsQuery(Optional<ConcertId> concert, LocalDate date) {

  public ListSeatsQuery {
    Objects.requireNonNull(concert);
    Objects.requireNonNull(date);
  }
}
