package com.concert.application.port.in;

import java.util.List;

public interface ListConcertsUseCase {

  /** Every concert, each with its dates from today on, ascending. */
  List<ConcertSummary> listConcerts();
}
