package com.concert.adapter.out.persistence;

import static com.concert.db.jooq.Tables.RESERVATION;
import static com.concert.db.jooq.Tables.SCHEDULE;
import static com.concert.db.jooq.Tables.SEAT;

import com.concert.domain.concert.ConcertId;
import com.concert.domain.concert.ScheduleId;
import com.concert.domain.concert.SeatNo;
import com.concert.domain.payment.PaymentId;
import com.concert.domain.port.out.ReservationRepository;
import com.concert.domain.reservation.HoldPeriod;
import com.concert.domain.reservation.NewHold;
import com.concert.domain.reservation.Reservation;
import com.concert.domain.reservation.ReservationId;
import com.concert.domain.reservation.ReservationStatus;
import com.concert.domain.reservation.ReservedSeat;
import com.concert.domain.shared.Money;
import com.concert.domain.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectFieldOrAsterisk;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;

/**
 * Reservations on PostgreSQL. One winner per seat is the partial unique index {@code
 * reservation_live_seat_uq} (one HELD or CONFIRMED row per seat); the claim inserts against it with
 * {@code ON CONFLICT DO NOTHING}, so the database alone decides who wins.
 */
public class JooqReservationRepository implements ReservationRepository {

  private static final String HELD = ReservationStatus.HELD.name();
  private static final String EXPIRED = ReservationStatus.EXPIRED.name();

  private final DSLContext dsl;

  public JooqReservationRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  /**
   * A stored {@code HELD} row, whether or not its time is over. The status is written as a literal
   * so the planner can match the partial indexes on {@code status = 'HELD'} in generic plans too.
   */
  private static Condition isStoredHeld() {
    return RESERVATION.STATUS.eq(DSL.inline(HELD));
  }

  /** A {@code HELD} row whose time is over at {@code now}: {@link HoldPeriod#isOverAt}. */
  private static Condition isDeadHoldAt(Instant now) {
    return isStoredHeld().and(RESERVATION.EXPIRES_AT.le(now));
  }

  @Override
  public int countLiveHolds(UserId user, Instant now) {
    return dsl.fetchCount(
        RESERVATION,
        RESERVATION
            .USER_ID
            .eq(user.value())
            .and(isStoredHeld())
            .and(RESERVATION.EXPIRES_AT.gt(now)));
  }

  /**
   * One statement, three steps: find the seat; mark its hold {@code EXPIRED} if that hold is over;
   * insert the new hold unless the seat still has a live reservation. The insert reads the count of
   * the expiry step, which makes PostgreSQL finish that step first: the dead hold has then left the
   * unique index and no longer conflicts. Concurrent claimers of a seat with a dead hold queue on
   * that row's lock; the first marks it and inserts, and each later one finds the row already
   * {@code EXPIRED} and the new hold in the index, and inserts nothing.
   */
  @Override
  public Claim claim(NewHold hold) {
    var now = hold.period().heldAt();
    var target =
        DSL.name("target")
            .as(
                DSL.select(SEAT.ID, SEAT.PRICE)
                    .from(SEAT)
                    .where(
                        SEAT.SCHEDULE_ID
                            .eq(hold.seat().schedule().value())
                            .and(SEAT.SEAT_NO.eq(hold.seat().seatNo().value()))));
    var seatId = target.field(SEAT.ID);
    var seatPrice = target.field(SEAT.PRICE);
    var freed =
        DSL.name("freed")
            .as(
                DSL.update(RESERVATION)
                    .set(RESERVATION.STATUS, EXPIRED)
                    .set(RESERVATION.CLOSED_AT, now)
                    .where(RESERVATION.SEAT_ID.in(DSL.select(seatId).from(target)))
                    .and(isDeadHoldAt(now))
                    .returningResult(RESERVATION.ID));
    var claimed =
        DSL.name("claimed")
            .as(
                DSL.insertInto(
                        RESERVATION,
                        RESERVATION.USER_ID,
                        RESERVATION.SEAT_ID,
                        RESERVATION.SCHEDULE_ID,
                        RESERVATION.PRICE,
                        RESERVATION.STATUS,
                        RESERVATION.HELD_AT,
                        RESERVATION.EXPIRES_AT)
                    .select(
                        DSL.select(
                                DSL.val(hold.user().value()),
                                seatId,
                                DSL.val(hold.seat().schedule().value()),
                                seatPrice,
                                DSL.val(HELD),
                                DSL.val(now),
                                DSL.val(hold.period().expiresAt()))
                            .from(target)
                            .where(DSL.field(DSL.selectCount().from(freed)).ge(0)))
                    .onConflict(RESERVATION.SEAT_ID)
                    .where(JooqSeatRepository.isLive())
                    .doNothing()
                    .returningResult(RESERVATION.ID, RESERVATION.PRICE));
    var reservationId = claimed.field(RESERVATION.ID);
    var price = claimed.field(RESERVATION.PRICE);

    var outcome =
        dsl.with(target)
            .with(freed)
            .with(claimed)
            .select(seatId, reservationId, price)
            .from(target)
            .leftJoin(claimed)
            .on(DSL.trueCondition())
            .fetchOptional();
    if (outcome.isEmpty()) {
      return new Claim.NoSuchSeat();
    }
    var row = outcome.get();
    if (row.get(reservationId) == null) {
      return new Claim.SeatTaken();
    }
    return new Claim.Won(
        Reservation.reconstitute(
            new ReservationId(row.get(reservationId)),
            hold.user(),
            hold.seat(),
            Money.won(row.get(price)),
            ReservationStatus.HELD,
            hold.period(),
            Optional.empty(),
            Optional.empty()));
  }

  /** Locks the reservation row only: locking its seat or show would stall other users' claims. */
  @Override
  public Optional<Reservation> findOfUserForUpdate(ReservationId id, UserId user) {
    return selectReservations()
        .where(RESERVATION.ID.eq(id.value()).and(RESERVATION.USER_ID.eq(user.value())))
        .forNoKeyUpdate()
        .of(RESERVATION)
        .fetchOptional(JooqReservationRepository::toReservation);
  }

  @Override
  public void recordClosing(Reservation reservation) {
    var updated =
        dsl.update(RESERVATION)
            .set(RESERVATION.STATUS, reservation.status().name())
            .set(RESERVATION.CLOSED_AT, reservation.closedAt().orElse(null))
            .set(RESERVATION.PAYMENT_ID, reservation.payment().map(PaymentId::value).orElse(null))
            .where(RESERVATION.ID.eq(reservation.id().value()))
            .and(isStoredHeld())
            .execute();
    if (updated != 1) {
      throw new IllegalStateException(
          "reservation " + reservation.id().value() + " is no longer held");
    }
  }

  @Override
  public List<Reservation> findLiveHoldsOfUserForUpdate(UserId user, Instant now) {
    return selectReservations()
        .where(RESERVATION.USER_ID.eq(user.value()))
        .and(isStoredHeld())
        .and(RESERVATION.EXPIRES_AT.gt(now))
        .orderBy(RESERVATION.ID)
        .forNoKeyUpdate()
        .of(RESERVATION)
        .fetch(JooqReservationRepository::toReservation);
  }

  @Override
  public List<Reservation> findByUser(UserId user) {
    return selectReservations()
        .where(RESERVATION.USER_ID.eq(user.value()))
        .orderBy(RESERVATION.ID.desc())
        .fetch(JooqReservationRepository::toReservation);
  }

  /**
   * Takes the dead holds it can lock at once and skips the rest ({@code SKIP LOCKED}): a payment or
   * a claim that holds one of them settles it, and the sweep never waits, so it cannot deadlock
   * with a payment confirming several reservations. The batch is a materialized CTE so it is chosen
   * exactly once: a subquery the planner rescans could pick other rows on each pass and exceed the
   * limit. The batch is handed to the update as an array, so the update finds its rows by primary
   * key instead of joining against every dead hold. The outer condition is re-checked on the latest
   * row version, so a row changed since the statement began is left alone.
   */
  @Override
  public int expireHolds(Instant now, int limit) {
    var due =
        DSL.name("due")
            .asMaterialized(
                DSL.select(RESERVATION.ID)
                    .from(RESERVATION)
                    .where(isDeadHoldAt(now))
                    .orderBy(RESERVATION.EXPIRES_AT)
                    .limit(limit)
                    .forNoKeyUpdate()
                    .skipLocked());
    return dsl.with(due)
        .update(RESERVATION)
        .set(RESERVATION.STATUS, EXPIRED)
        .set(RESERVATION.CLOSED_AT, now)
        .where(
            RESERVATION.ID.eq(DSL.any(DSL.array(DSL.select(due.field(RESERVATION.ID)).from(due)))))
        .and(isDeadHoldAt(now))
        .execute();
  }

  private SelectJoinStep<Record> selectReservations() {
    return dsl.select(
            List.<SelectFieldOrAsterisk>of(
                RESERVATION.asterisk(), SEAT.SEAT_NO, SCHEDULE.CONCERT_ID, SCHEDULE.SHOW_DATE))
        .from(RESERVATION)
        .join(SEAT)
        .on(SEAT.ID.eq(RESERVATION.SEAT_ID))
        .join(SCHEDULE)
        .on(SCHEDULE.ID.eq(RESERVATION.SCHEDULE_ID));
  }

  private static Reservation toReservation(Record row) {
    return Reservation.reconstitute(
        new ReservationId(row.get(RESERVATION.ID)),
        new UserId(row.get(RESERVATION.USER_ID)),
        new ReservedSeat(
            new ConcertId(row.get(SCHEDULE.CONCERT_ID)),
            new ScheduleId(row.get(RESERVATION.SCHEDULE_ID)),
            row.get(SCHEDULE.SHOW_DATE),
            new SeatNo(row.get(SEAT.SEAT_NO))),
        Money.won(row.get(RESERVATION.PRICE)),
        ReservationStatus.valueOf(row.get(RESERVATION.STATUS)),
        new HoldPeriod(row.get(RESERVATION.HELD_AT), row.get(RESERVATION.EXPIRES_AT)),
        Optional.ofNullable(row.get(RESERVATION.PAYMENT_ID)).map(PaymentId::new),
        Optional.ofNullable(row.get(RESERVATION.CLOSED_AT)));
  }
}
