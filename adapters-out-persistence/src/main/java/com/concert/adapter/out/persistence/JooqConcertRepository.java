package com.concert.adapter.out.persistence;

import static com.concert.db.jooq.Tables.CONCERT;
import static com.concert.db.jooq.Tables.SCHEDULE;
import static com.concert.db.jooq.Tables.SEAT;

import com.concert.db.jooq.tables.records.ScheduleRecord;
import com.concert.domain.concert.Concert;
import com.concert.domain.concert.ConcertId;
import com.concert.domain.concert.ConcertPlan;
import com.concert.domain.concert.ConcertTitle;
import com.concert.domain.concert.Schedule;
import com.concert.domain.concert.ScheduleId;
import com.concert.domain.port.out.ConcertRepository;
import com.concert.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

public class JooqConcertRepository implements ConcertRepository {

  private final DSLContext dsl;

  public JooqConcertRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public List<Concert> findAll() {
    var schedules =
        dsl.selectFrom(SCHEDULE).fetch().stream()
            .collect(Collectors.groupingBy(ScheduleRecord::getConcertId));
    return dsl.selectFrom(CONCERT).orderBy(CONCERT.ID).fetch().stream()
        .map(
            concert ->
                toConcert(
                    concert.getId(),
                    concert.getTitle(),
                    schedules.getOrDefault(concert.getId(), List.of())))
        .toList();
  }

  @Override
  public Optional<Concert> findById(ConcertId id) {
    return dsl.selectFrom(CONCERT)
        .where(CONCERT.ID.eq(id.value()))
        .fetchOptional()
        .map(
            concert ->
                toConcert(
                    concert.getId(),
                    concert.getTitle(),
                    dsl.selectFrom(SCHEDULE).where(SCHEDULE.CONCERT_ID.eq(id.value())).fetch()));
  }

  @Override
  public Optional<Concert> findSole() {
    var ids = dsl.select(CONCERT.ID).from(CONCERT).limit(2).fetch(CONCERT.ID);
    return ids.size() == 1 ? findById(new ConcertId(ids.get(0))) : Optional.empty();
  }

  @Override
  public Concert add(ConcertPlan plan, Instant now) {
    var concertId =
        dsl.insertInto(CONCERT, CONCERT.TITLE, CONCERT.CREATED_AT)
            .values(plan.title().value(), now)
            .returning(CONCERT.ID)
            .fetchSingle(CONCERT.ID);
    for (var show : plan.schedules()) {
      var scheduleId =
          dsl.insertInto(
                  SCHEDULE,
                  SCHEDULE.CONCERT_ID,
                  SCHEDULE.SHOW_DATE,
                  SCHEDULE.SEAT_COUNT,
                  SCHEDULE.PRICE)
              .values(concertId, show.date(), show.seatCount(), show.price().won())
              .returning(SCHEDULE.ID)
              .fetchSingle(SCHEDULE.ID);
      var seatNo = DSL.field(DSL.name("seat_no"), Integer.class);
      dsl.insertInto(SEAT, SEAT.SCHEDULE_ID, SEAT.SEAT_NO, SEAT.PRICE)
          .select(
              DSL.select(DSL.val(scheduleId), seatNo, DSL.val(show.price().won()))
                  .from(DSL.generateSeries(1, show.seatCount()).as("seats", "seat_no")))
          .execute();
    }
    return findById(new ConcertId(concertId)).orElseThrow();
  }

  @Override
  public Optional<Concert> addIfCatalogEmpty(ConcertPlan plan, Instant now) {
    AdvisoryLocks.lock(dsl, AdvisoryLocks.DEMO_CATALOG);
    if (dsl.fetchExists(CONCERT)) {
      return Optional.empty();
    }
    return Optional.of(add(plan, now));
  }

  private static Concert toConcert(long id, String title, List<ScheduleRecord> schedules) {
    return Concert.reconstitute(
        new ConcertId(id),
        new ConcertTitle(title),
        schedules.stream().map(JooqConcertRepository::toSchedule).toList());
  }

  private static Schedule toSchedule(ScheduleRecord row) {
    return new Schedule(
        new ScheduleId(row.getId()),
        row.getShowDate(),
        row.getSeatCount(),
        Money.won(row.getPrice()));
  }
}
