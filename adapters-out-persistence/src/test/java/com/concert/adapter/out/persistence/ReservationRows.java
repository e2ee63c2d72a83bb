package com.concert.adapter.out.persistence;

import static com.concert.db.jooq.Tables.RESERVATION;
import static com.concert.db.jooq.Tables.SEAT;

import com.concert.domain.concert.ScheduleId;
import com.concert.domain.concert.SeatNo;
import com.concert.domain.reservation.HoldPeriod;
import com.concert.domain.reservation.ReservationId;
import com.concert.domain.reservation.ReservationStatus;
import com.concert.domain.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Writes reservation rows as the reservation feature stores them, so the seat adapter's reads can
 * be tested on their own, and reads back the statuses the rows hold. Each row written satisfies the
 * table's checks: only a HELD row is open, and only a CONFIRMED one has a payment, which exists.
 */
final class ReservationRows {

  private static final UserId USER = new UserId(1);

  private final DSLContext dsl;

  ReservationRows(DSLContext dsl) {
    this.dsl = dsl;
  }

  void held(ScheduleId schedule, SeatNo seat, HoldPeriod period) {
    insert(schedule, seat, ReservationStatus.HELD, period, null);
  }

  void confirmed(ScheduleId schedule, SeatNo seat, Instant paidAt) {
    insert(schedule, seat, ReservationStatus.CONFIRMED, earlierHold(paidAt), paidAt);
  }

  /** The stored status of each of the reservations, as the tables hold it. */
  List<String> statuses(List<ReservationId> ids) {
    return dsl.select(RESERVATION.STATUS)
        .from(RESERVATION)
        .where(RESERVATION.ID.in(ids.stream().map(ReservationId::value).toList()))
        .fetch(RESERVATION.STATUS);
  }

  /** A hold the sweeper has marked, or that its user cancelled: history, not occupancy. */
  void closed(ScheduleId schedule, SeatNo seat, ReservationStatus status, Instant closedAt) {
    insert(schedule, seat, status, earlierHold(closedAt), closedAt);
  }

  private static HoldPeriod earlierHold(Instant closedAt) {
    return HoldPeriod.startingAt(closedAt.minus(Duration.ofMinutes(1)), Duration.ofMinutes(5));
  }

  private void insert(
      ScheduleId schedule,
      SeatNo seatNo,
      ReservationStatus status,
      HoldPeriod period,
      Instant closedAt) {
    var seat =
        dsl.selectFrom(SEAT)
            .where(SEAT.SCHEDULE_ID.eq(schedule.value()).and(SEAT.SEAT_NO.eq(seatNo.value())))
            .fetchSingle();
    dsl.insertInto(RESERVATION)
        .set(RESERVATION.USER_ID, USER.value())
        .set(RESERVATION.SEAT_ID, seat.getId())
        .set(RESERVATION.SCHEDULE_ID, schedule.value())
        .set(RESERVATION.PRICE, seat.getPrice())
        .set(RESERVATION.STATUS, status.name())
        .set(RESERVATION.HELD_AT, period.heldAt())
        .set(RESERVATION.EXPIRES_AT, period.expiresAt())
        .set(
            RESERVATION.PAYMENT_ID,
            status == ReservationStatus.CONFIRMED ? TestPayments.create(dsl, USER).value() : null)
        .set(RESERVATION.CLOSED_AT, closedAt)
        .execute();
  }
}
