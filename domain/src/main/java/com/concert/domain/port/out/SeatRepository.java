package com.concert.domain.port.out;

import com.concert.domain.concert.ScheduleId;
import com.concert.domain.concert.Seat;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The seats of the shows, with what occupies each one. */
public interface SeatRepository {

  /** Every seat of the show, in seat-number order. */
  List<Seat> findBySchedule(ScheduleId schedule);

  /**
   * How many seats of each show are available at {@code now}: not sold and not under a hold that is
   * still running. Every given show is in the answer, with 0 when all its seats are taken.
   */
  Map<ScheduleId, Integer> countAvailable(Collection<ScheduleId> schedules, Instant now);
}
