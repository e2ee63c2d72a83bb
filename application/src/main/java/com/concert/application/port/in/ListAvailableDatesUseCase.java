package com.concert.application.port.in;

import com.concert.domain.concert.ConcertId;
import java.util.List;
import java.util.Optional;

public interface ListAvailableDatesUseCase {

  /**
   * The concert's dates from today on that still have an available seat, in date order. Without a
   * concert id, the catalog's only concert.
   */
  List<AvailableDate> listAvailableDates(Optional<ConcertId> concert);
}
