package com.concert.domain.port.out;

import com.concert.domain.reservation.NewHold;
import com.concert.domain.reservation.Reservation;
import com.concert.domain.reservation.ReservationId;
import com.concert.domain.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Reservations: live holds, sold seats and every user's history. */
public interface ReservationRepository {

  /** How many seats the user holds at {@code now}: {@code HELD} and not yet over. */
  int countLiveHolds(UserId user, Instant now);

  /**
   * Stores the hold if its seat is free at the hold's start, atomically: of any number of
   * concurrent claims of one seat, on any number of instances, exactly one wins. A previous hold of
   * the seat that is over counts as free, and is marked {@code EXPIRED} by the winning claim. The
   * reservation's price is the seat's.
   */
  Claim claim(NewHold hold);

  /**
   * The user's reservation, locked against every other change until the transaction ends; empty
   * when there is none with that id or it is someone else's (which is then left untouched).
   */
  Optional<Reservation> findOfUserForUpdate(ReservationId id, UserId user);

  /**
   * Stores how a held reservation left {@code HELD} (its status, closing time and payment).
   *
   * @throws IllegalStateException when the stored reservation is no longer {@code HELD}
   */
  void recordClosing(Reservation reservation);

  /**
   * The user's holds that are still running at {@code now}, locked like {@link
   * #findOfUserForUpdate}, in id order.
   */
  List<Reservation> findLiveHoldsOfUserForUpdate(UserId user, Instant now);

  /** Every reservation of the user, newest first. */
  List<Reservation> findByUser(UserId user);

  /**
   * Marks at most {@code limit} holds that are over at {@code now} as {@code EXPIRED}, skipping any
   * another transaction is changing (it will settle them); how many it marked. Safe to run on any
   * number of instances at once.
   */
  int expireHolds(Instant now, int limit);

  /** How a claim ended: the new reservation, or why there is none. */
  sealed interface Claim {

    record Won(Reservation reservation) implements Claim {
      public Won {
        Objects.requireNonNull(reservation);
      }
    }

    /** The seat exists and someone else holds it or bought it. */
    record SeatTaken() implements Claim {}

    /** The show has no seat of that number. */
    record NoSuchSeat() implements Claim {}
  }
}
