package com.concert.adapter.out.persistence;

import static com.concert.db.jooq.Tables.PAYMENT;
import static com.concert.db.jooq.Tables.RESERVATION;
import static com.concert.db.jooq.Tables.WALLET;
import static com.concert.db.jooq.Tables.WALLET_LEDGER;

import com.concert.application.port.out.InvariantChecks;
import com.concert.domain.reservation.ReservationStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The invariant checks on PostgreSQL: one set-based query each, and each one pass over the rows it
 * checks. The seat and confirmation checks read the live (HELD or CONFIRMED) rows through the
 * partial indexes on them, with one index probe per row into payments and other reservations; the
 * stale-hold check reads only expired HELD rows, by the index on their expiry; the ledger check is
 * one aggregate over the ledger. None joins everything with everything, so at a minute's interval
 * an audit is a small, steady share of the database's time.
 */
public class JooqInvariantChecks implements InvariantChecks {

  private static final String HELD = ReservationStatus.HELD.name();
  private static final String CONFIRMED = ReservationStatus.CONFIRMED.name();

  private final DSLContext dsl;

  public JooqInvariantChecks(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public List<String> seatsOccupiedTwice(Instant now) {
    var ids = DSL.arrayAgg(RESERVATION.ID).orderBy(RESERVATION.ID);
    return dsl.select(RESERVATION.SEAT_ID, ids)
        .from(RESERVATION)
        .where(JooqSeatRepository.occupiesSeatAt(now))
        .groupBy(RESERVATION.SEAT_ID)
        .having(DSL.count().gt(1))
        .orderBy(RESERVATION.SEAT_ID)
        .limit(MAX_LISTED)
        .fetch(
            row ->
                "seat " + row.value1() + " is occupied by reservations " + List.of(row.value2()));
  }

  /**
   * A confirmed reservation must carry its payment, a PAID payment of the reservation's own user,
   * and its seat must be sold to it alone: no other reservation may be live on that seat.
   */
  @Override
  public List<String> confirmedWithoutPaymentOrSale() {
    var other = RESERVATION.as("other");
    var paid =
        DSL.field(
            DSL.exists(
                DSL.selectOne()
                    .from(PAYMENT)
                    .where(PAYMENT.ID.eq(RESERVATION.PAYMENT_ID))
                    .and(PAYMENT.USER_ID.eq(RESERVATION.USER_ID))
                    .and(PAYMENT.STATUS.eq(DSL.inline(JooqPaymentRepository.PAID)))));
    var soldAlone =
        DSL.field(
            DSL.notExists(
                DSL.selectOne()
                    .from(other)
                    .where(other.SEAT_ID.eq(RESERVATION.SEAT_ID))
                    .and(other.ID.ne(RESERVATION.ID))
                    .and(other.STATUS.in(DSL.inline(HELD), DSL.inline(CONFIRMED)))));
    return dsl.select(RESERVATION.ID, RESERVATION.PAYMENT_ID, RESERVATION.SEAT_ID, paid, soldAlone)
        .from(RESERVATION)
        .where(RESERVATION.STATUS.eq(DSL.inline(CONFIRMED)))
        .and(paid.isFalse().or(soldAlone.isFalse()))
        .orderBy(RESERVATION.ID)
        .limit(MAX_LISTED)
        .fetch(
            row ->
                "reservation "
                    + row.value1()
                    + " is CONFIRMED"
                    + (row.value4() ? "" : " but payment " + row.value2() + " is not its user's")
                    + (row.value5()
                        ? ""
                        : " but seat " + row.value3() + " is not sold to it alone"));
  }

  /** Summed as numeric by PostgreSQL, so no sum overflows. */
  @Override
  public List<String> walletsOffTheirLedger() {
    var ledger =
        DSL.select(WALLET_LEDGER.USER_ID, DSL.sum(WALLET_LEDGER.AMOUNT).as("total"))
            .from(WALLET_LEDGER)
            .groupBy(WALLET_LEDGER.USER_ID)
            .asTable("ledger");
    var total = DSL.coalesce(ledger.field("total", BigDecimal.class), BigDecimal.ZERO);
    return dsl.select(WALLET.USER_ID, WALLET.BALANCE, total)
        .from(WALLET)
        .leftJoin(ledger)
        .on(ledger.field(WALLET_LEDGER.USER_ID).eq(WALLET.USER_ID))
        .where(WALLET.BALANCE.cast(BigDecimal.class).ne(total))
        .orderBy(WALLET.USER_ID)
        .limit(MAX_LISTED)
        .fetch(
            row ->
                "wallet of user "
                    + row.value1()
                    + " holds "
                    + row.value2()
                    + " but its ledger sums to "
                    + row.value3().toPlainString());
  }

  @Override
  public List<String> holdsStillHeldPast(Instant cutoff) {
    return dsl.select(RESERVATION.ID, RESERVATION.EXPIRES_AT)
        .from(RESERVATION)
        .where(RESERVATION.STATUS.eq(DSL.inline(HELD)))
        .and(RESERVATION.EXPIRES_AT.lt(cutoff))
        .orderBy(RESERVATION.EXPIRES_AT, RESERVATION.ID)
        .limit(MAX_LISTED)
        .fetch(
            row ->
                "reservation "
                    + row.value1()
                    + " is still HELD though its hold ended at "
                    + row.value2());
  }
}
