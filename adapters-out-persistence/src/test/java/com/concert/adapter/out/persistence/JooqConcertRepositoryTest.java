package com.concert.adapter.out.persistence;

import static com.concert.db.jooq.Tables.CONCERT;
import static com.concert.db.jooq.Tables.SCHEDULE;
import static com.concert.db.jooq.Tables.SEAT;
import static org.assertj.core.api.Assertions.assertThat;

import com.concert.db.testing.Race;
import com.concert.domain.concert.SchedulePlan;
import com.concert.domain.port.out.ConcertRepository;
import com.concert.domain.port.out.contract.ConcertRepositoryContract;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JooqConcertRepositoryTest extends ConcertRepositoryContract {

  private static final int CONTENDERS = 8;

  static PostgresTestSupport db;
  private final JooqConcertRepository concerts = new JooqConcertRepository(db.dsl());

  @BeforeAll
  static void start() {
    db = PostgresTestSupport.start(CONTENDERS + 2);
  }

  @AfterAll
  static void stop() {
    db.close();
  }

  @Override
  protected ConcertRepository emptyCatalog() {
    db.dsl().execute("truncate table reservation, seat, schedule, concert");
    return concerts;
  }

  @Override
  protected <T> T inTransaction(Supplier<T> work) {
    return db.inTransaction(work);
  }

  @Test
  void addStoresEverySeatOfEveryShowAtTheShowsPrice() {
    var concert =
        add(
            "Gala",
            show(TODAY, 1000, 100_000_000),
            show(TODAY.plusDays(1), 1, 0),
            show(TODAY.plusDays(2), 7, 55_000));

    for (var schedule : concert.schedules()) {
      var seats =
          db.dsl()
              .select(
                  DSL.count(),
                  DSL.countDistinct(SEAT.SEAT_NO),
                  DSL.min(SEAT.SEAT_NO),
                  DSL.max(SEAT.SEAT_NO),
                  DSL.min(SEAT.PRICE),
                  DSL.max(SEAT.PRICE))
              .from(SEAT)
              .where(SEAT.SCHEDULE_ID.eq(schedule.id().value()))
              .fetchSingle();
      var count = schedule.seatCount();
      var price = schedule.price().won();
      assertThat(seats.intoList()).containsExactly(count, count, 1, count, price, price);
    }
    assertThat(db.dsl().fetchCount(SEAT)).isEqualTo(1008);
  }

  @Test
  void ofEightInstancesSeedingAnEmptyCatalogAtOnceExactlyOneAddsTheConcert() {
    var plan =
        plan(
            "Demo",
            IntStream.rangeClosed(1, 7)
                .mapToObj(day -> show(TODAY.plusDays(day), 50, 120_000))
                .toArray(SchedulePlan[]::new));

    var outcomes =
        Race.run(
            CONTENDERS, i -> () -> db.inTransaction(() -> concerts.addIfCatalogEmpty(plan, NOW)));

    assertThat(outcomes).allMatch(Race.Outcome::succeeded);
    assertThat(outcomes).filteredOn(outcome -> outcome.value().isPresent()).hasSize(1);
    assertThat(
            List.of(
                db.dsl().fetchCount(CONCERT),
                db.dsl().fetchCount(SCHEDULE),
                db.dsl().fetchCount(SEAT)))
        .containsExactly(1, 7, 350);
  }
}
