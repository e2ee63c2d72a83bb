package com.concert.db.testing;

import static com.concert.db.jooq.Tables.RESERVATION;

import java.time.Duration;
import java.time.Instant;
import org.jooq.DSLContext;

/**
 * Reservation rows written straight into the table, past the service, for the tests that plant the
 * states an auditor must find. Each row obeys the table's own constraints: held for five minutes
 * from {@code heldAt}, and closed a second later unless it is still {@code HELD}.
 */
public final class PlantedReservations {

  private PlantedReservations() {}

  /** The id of a new reservation of that seat of that show. */
  public static long plant(
      DSLContext dsl,
      long user,
      long seat,
      long schedule,
      long price,
      String status,
      Instant heldAt,
      Long payment) {
    return dsl.insertInto(RESERVATION)
        .set(RESERVATION.USER_ID, user)
        .set(RESERVATION.SEAT_ID, seat)
        .set(RESERVATION.SCHEDULE_ID, schedule)
        .set(RESERVATION.PRICE, price)
        .set(RESERVATION.STATUS, status)
        .set(RESERVATION.HELD_AT, heldAt)
        .set(RESERVATION.EXPIRES_AT, heldAt.plus(Duration.ofMinutes(5)))
        .set(RESERVATION.PAYMENT_ID, payment)
        .set(RESERVATION.CLOSED_AT, status.equals("HELD") ? null : heldAt.plusSeconds(1))
        .returningResult(RESERVATION.ID)
        .fetchSingle(RESERVATION.ID);
  }
}
