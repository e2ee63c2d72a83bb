package com.concert.adapter.out.persistence;

import static com.concert.db.jooq.Tables.SCHEDULE;
import static org.assertj.core.api.Assertions.assertThat;

import com.concert.domain.concert.ConcertId;
import com.concert.domain.concert.ScheduleId;
import com.concert.domain.concert.SeatNo;
import com.concert.domain.port.out.ReservationRepository.Claim;
import com.concert.domain.reservation.HoldPeriod;
import com.concert.domain.reservation.NewHold;
import com.concert.domain.reservation.ReservedSeat;
import com.concert.domain.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.conf.ParamType;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hot queries of seats and reservations use indexes, not sequential scans, on a catalog of
 * 1,000 shows of 50 seats with a history of reservations in every status. Each query is the one the
 * adapter really sends, captured while it runs; its plan is checked twice: with the values inlined
 * (a custom plan) and as a prepared statement forced to a generic plan, which is what a pooled
 * connection runs after a few executions and where partial indexes are easily lost.
 */
class ReservationQueryPlanTest {

  private static final Pattern SEQUENTIAL_SCAN =
      Pattern.compile("Seq Scan on (seat|reservation)\\b");

  static PostgresTestSupport db;
  static final Map<String, Query> HOT_QUERIES = new LinkedHashMap<>();

  @BeforeAll
  static void loadACatalogAndItsHistory() {
    db = PostgresTestSupport.start(2);
    var dsl = db.dsl();
    dsl.execute(
        "insert into concert (title, created_at) select 'Concert ' || c, now()"
            + " from generate_series(1, 20) c");
    dsl.execute(
        "insert into schedule (concert_id, show_date, seat_count, price)"
            + " select concert.id, date '2027-01-01' + d, 50, 120000"
            + " from concert, generate_series(0, 49) d");
    dsl.execute(
        "insert into seat (schedule_id, seat_no, price)"
            + " select schedule.id, n, schedule.price from schedule, generate_series(1, 50) n");
    dsl.execute(
        "insert into reservation"
            + " (user_id, seat_id, schedule_id, price, status, held_at, expires_at, closed_at)"
            + " select 1 + seat.id % 5000, seat.id, seat.schedule_id, seat.price,"
            + " case when seat.id % 2 = 0 then 'EXPIRED' else 'CANCELLED' end,"
            + " now() - interval '1 day', now() - interval '1 day' + interval '5 minutes',"
            + " now() - interval '1 day' + interval '5 minutes' from seat");
    dsl.execute(
        "insert into payment (id, user_id, amount, balance_after, status, paid_at)"
            + " select seat.id, 1 + (seat.id * 7) % 5000, seat.price, 0, 'PAID', now()"
            + " from seat where seat.seat_no % 5 = 3");
    dsl.execute(
        "insert into reservation"
            + " (user_id, seat_id, schedule_id, price, status, held_at, expires_at, closed_at,"
            + " payment_id)"
            + " select 1 + (seat.id * 7) % 5000, seat.id, seat.schedule_id, seat.price,"
            + " case seat.seat_no % 5 when 3 then 'CONFIRMED' else 'HELD' end,"
            + " case seat.seat_no % 5 when 2 then now() - interval '10 minutes' else now() end,"
            + " case seat.seat_no % 5 when 2 then now() - interval '5 minutes'"
            + "   else now() + interval '5 minutes' end,"
            + " case seat.seat_no % 5 when 3 then now() end,"
            + " case seat.seat_no % 5 when 3 then seat.id end"
            + " from seat where seat.seat_no % 5 in (1, 2, 3)");
    dsl.execute("analyze");

    captureTheHotQueries();
  }

  @AfterAll
  static void stop() {
    db.close();
  }

  /** Runs each hot path once through the adapters and keeps the statements they send. */
  private static void captureTheHotQueries() {
    var captured = new ArrayList<Query>();
    DSLContext recording =
        db.dsl()
            .configuration()
            .derive(
                new DefaultExecuteListenerProvider(
                    new ExecuteListener() {
                      @Override
                      public void executeStart(ExecuteContext ctx) {
                        captured.add(ctx.query());
                      }
                    }))
            .dsl();
    var seats = new JooqSeatRepository(recording);
    var reservations = new JooqReservationRepository(recording);
    var now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    var schedule =
        db.dsl()
            .select(SCHEDULE.ID, SCHEDULE.CONCERT_ID, SCHEDULE.SHOW_DATE)
            .from(SCHEDULE)
            .orderBy(SCHEDULE.ID)
            .limit(1)
            .offset(500)
            .fetchSingle();
    var scheduleId = new ScheduleId(schedule.value1());
    var user = new UserId(4242);

    seats.findBySchedule(scheduleId);
    keep("seat map of a show", captured);
    seats.countAvailable(List.of(scheduleId, new ScheduleId(scheduleId.value() + 1)), now);
    keep("available seats of a concert's shows", captured);
    reservations.countLiveHolds(user, now);
    keep("live holds of a user", captured);
    var seat =
        new ReservedSeat(
            new ConcertId(schedule.value2()), scheduleId, schedule.value3(), new SeatNo(4));
    var claim =
        reservations.claim(
            new NewHold(user, seat, HoldPeriod.startingAt(now, Duration.ofMinutes(5))));
    keep("claim of a seat", captured);
    var held = ((Claim.Won) claim).reservation();
    var locked = reservations.findOfUserForUpdate(held.id(), user).orElseThrow();
    keep("a user's reservation, locked", captured);
    reservations.recordClosing(locked.cancel(now));
    keep("closing of a reservation", captured);
    reservations.findByUser(user);
    keep("history of a user", captured);
    reservations.expireHolds(now, 500);
    keep("sweep of dead holds", captured);
  }

  private static void keep(String name, List<Query> captured) {
    assertThat(captured).as(name).hasSize(1);
    HOT_QUERIES.put(name, captured.remove(0));
  }

  static Stream<Arguments> hotQueries() {
    return HOT_QUERIES.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hotQueries")
  void theCustomPlanScansNoSeatsOrReservations(String name, Query query) {
    var plan =
        db.inTransaction(
            () -> planText(db.dsl().fetch("explain " + db.dsl().renderInlined(query))));

    assertThat(SEQUENTIAL_SCAN.matcher(plan).find()).as(plan).isFalse();
    assertThat(plan).as(plan).containsPattern("Index (Only )?Scan");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hotQueries")
  void theGenericPlanScansNoSeatsOrReservations(String name, Query query) {
    var plan =
        db.inTransaction(
            () -> {
              var dsl = db.dsl();
              dsl.execute("set local plan_cache_mode = force_generic_plan");
              dsl.execute(prepared(dsl, query));
              var text = planText(dsl.fetch("explain execute hot" + arguments(dsl, query)));
              dsl.execute("deallocate hot");
              return text;
            });

    assertThat(SEQUENTIAL_SCAN.matcher(plan).find()).as(plan).isFalse();
    assertThat(plan).as(plan).containsPattern("Index (Only )?Scan");
  }

  private static List<Param<?>> bindParams(Query query) {
    return query.getParams().values().stream()
        .filter(param -> !param.isInline())
        .collect(Collectors.toList());
  }

  /** {@code PREPARE hot(types) AS sql}, with jOOQ's {@code ?} placeholders numbered. */
  private static String prepared(DSLContext dsl, Query query) {
    var params = bindParams(query);
    assertThat(params).hasSameSizeAs(query.getBindValues());
    var sql = new StringBuilder();
    var index = 0;
    for (var c : query.getSQL(ParamType.INDEXED).toCharArray()) {
      sql.append(c == '?' ? "$" + ++index : String.valueOf(c));
    }
    assertThat(index).isEqualTo(params.size());
    var types =
        params.stream()
            .map(param -> param.getDataType().getCastTypeName(dsl.configuration()))
            .collect(Collectors.joining(", "));
    return "prepare hot" + (types.isEmpty() ? "" : "(" + types + ")") + " as " + sql;
  }

  private static String arguments(DSLContext dsl, Query query) {
    var params = bindParams(query);
    if (params.isEmpty()) {
      return "";
    }
    return params.stream().map(dsl::renderInlined).collect(Collectors.joining(", ", "(", ")"));
  }

  private static String planText(org.jooq.Result<org.jooq.Record> rows) {
    return rows.stream().map(row -> row.get(0, String.class)).collect(Collectors.joining("\n"));
  }
}
