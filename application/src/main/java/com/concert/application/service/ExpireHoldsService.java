package com.concert.application.service;

import com.concert.application.port.in.ExpireHoldsUseCase;
import com.concert.application.port.out.BookingEvents;
import com.concert.application.port.out.UnitOfWork;
import com.concert.domain.port.out.ReservationRepository;
import java.time.Clock;

/**
 * Marks the holds that are over, a batch per transaction, so no transaction holds many row locks
 * for long and a payment or claim waiting on one of them is never kept waiting by the rest.
 */
public class ExpireHoldsService implements ExpireHoldsUseCase {

  static final int BATCH_SIZE = 500;

  private final ReservationRepository reservations;
  private final UnitOfWork unitOfWork;
  private final BookingEvents events;
  private final Clock clock;

  public ExpireHoldsService(
      ReservationRepository reservations,
      UnitOfWork unitOfWork,
      BookingEvents events,
      Clock clock) {
    this.reservations = reservations;
    this.unitOfWork = unitOfWork;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public int expireHolds() {
    var now = clock.instant();
    var total = 0;
    int marked;
    do {
      marked = unitOfWork.inTransaction(() -> reservations.expireHolds(now, BATCH_SIZE));
      if (marked > 0) {
        events.holdsExpired(marked);
      }
      total += marked;
    } while (marked == BATCH_SIZE);
    return total;
  }
}
