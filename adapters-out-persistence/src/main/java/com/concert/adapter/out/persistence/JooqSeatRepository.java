package com.concert.adapter.out.persistence;

import static com.concert.db.jooq.Tables.RESERVATION;
import static com.concert.db.jooq.Tables.SCHEDULE;
import static com.concert.db.jooq.Tables.SEAT;

import com.concert.domain.concert.ScheduleId;
import com.concert.domain.concert.Seat;
import com.concert.domain.concert.SeatNo;
import com.concert.domain.concert.SeatOccupancy;
import com.concert.domain.port.out.SeatRepository;
import com.concert.domain.reservation.HoldPeriod;
import com.concert.domain.reservation.ReservationStatus;
import com.concert.domain.shared.Money;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

public class JooqSeatRepository implements SeatRepository {

  private final DSLContext dsl;

  public JooqSeatRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  /**
   * The condition of the partial unique index {@code reservation_live_seat_uq}: the reservation
   * that occupies its seat, unless it is a hold whose time has run out. The statuses are literals,
   * not bind values: only then can the planner match the partial indexes in a generic plan, and
   * infer the index of an {@code ON CONFLICT} clause.
   */
  static Condition isLive() {
    return RESERVATION.STATUS.in(
        DSL.inline(ReservationStatus.HELD.name()), DSL.inline(ReservationStatus.CONFIRMED.name()));
  }

  /** A live reservation that still occupies its seat at {@code now}. */
  static Condition occupiesSeatAt(Instant now) {
    return isLive()
        .and(
            RESERVATION
                .STATUS
                .eq(ReservationStatus.CONFIRMED.name())
                .or(RESERVATION.EXPIRES_AT.gt(now)));
  }

  @Override
  public List<Seat> findBySchedule(ScheduleId schedule) {
    return dsl.select(
            SEAT.SEAT_NO,
            SEAT.PRICE,
            RESERVATION.STATUS,
            RESERVATION.HELD_AT,
            RESERVATION.EXPIRES_AT)
        .from(SEAT)
        .leftJoin(RESERVATION)
        // The show's own reservations only, found by their index: matching on the seat alone led
        // the planner to read every live reservation in the system for one seat map.
        .on(
            RESERVATION
                .SEAT_ID
                .eq(SEAT.ID)
                .and(RESERVATION.SCHEDULE_ID.eq(schedule.value()))
                .and(isLive()))
        .where(SEAT.SCHEDULE_ID.eq(schedule.value()))
        .orderBy(SEAT.SEAT_NO)
        .fetch(
            row ->
                new Seat(
                    schedule,
                    new SeatNo(row.get(SEAT.SEAT_NO)),
                    Money.won(row.get(SEAT.PRICE)),
                    occupancy(row)));
  }

  @Override
  public Map<ScheduleId, Integer> countAvailable(Collection<ScheduleId> schedules, Instant now) {
    var ids = schedules.stream().map(ScheduleId::value).toList();
    var available = SCHEDULE.SEAT_COUNT.minus(DSL.count(RESERVATION.ID)).as("available");
    return dsl
        .select(SCHEDULE.ID, available)
        .from(SCHEDULE)
        .leftJoin(RESERVATION)
        .on(RESERVATION.SCHEDULE_ID.eq(SCHEDULE.ID).and(occupiesSeatAt(now)))
        .where(SCHEDULE.ID.in(ids))
        .groupBy(SCHEDULE.ID)
        .fetch()
        .stream()
        .collect(
            Collectors.toMap(
                row -> new ScheduleId(row.get(SCHEDULE.ID)), row -> row.get(available)));
  }

  private static SeatOccupancy occupancy(Record row) {
    var status = row.get(RESERVATION.STATUS);
    if (status == null) {
      return new SeatOccupancy.Free();
    }
    return switch (ReservationStatus.valueOf(status)) {
      case CONFIRMED -> new SeatOccupancy.Sold();
      case HELD ->
          new SeatOccupancy.Held(
              new HoldPeriod(row.get(RESERVATION.HELD_AT), row.get(RESERVATION.EXPIRES_AT)));
      case EXPIRED, CANCELLED -> throw new IllegalStateException("not a live status: " + status);
    };
  }
}
