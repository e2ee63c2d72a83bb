package com.concert.domain.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.concert.domain.concert.Concert;
import com.concert.domain.concert.ConcertId;
import com.concert.domain.concert.ConcertPlan;
import com.concert.domain.concert.ConcertTitle;
import com.concert.domain.concert.Schedule;
import com.concert.domain.concert.SchedulePlan;
import com.concert.domain.port.out.ConcertRepository;
import com.concert.domain.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ConcertRepository} does. Each implementation extends this test, so the
 * in-memory fake the use-case tests rely on behaves as the PostgreSQL adapter does.
 */
public abstract class ConcertRepositoryContract {

  protected static final Instant NOW = Instant.parse("2026-12-01T01:00:00Z");
  protected static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  private ConcertRepository concerts;

  /** The repository over an empty catalog; called before each test. */
  protected abstract ConcertRepository emptyCatalog();

  /** Runs one call as a use case runs it in the service: in a transaction of its own. */
  protected <T> T inTransaction(Supplier<T> work) {
    return work.get();
  }

  @BeforeEach
  void startWithAnEmptyCatalog() {
    concerts = emptyCatalog();
  }

  @Test
  void anEmptyCatalogHasNoConcert() {
    assertThat(concerts.findAll()).isEmpty();
    assertThat(concerts.findSole()).isEmpty();
    assertThat(concerts.findById(new ConcertId(1))).isEmpty();
  }

  @Test
  void addGivesTheConcertAnIdAndKeepsItsShowsInDateOrder() {
    var added =
        add(
            "Winter Gala",
            show(TODAY.plusDays(3), 3, 55_000),
            show(TODAY, 2, 70_000),
            show(TODAY.plusDays(1), 1000, 0));

    assertThat(added.title()).isEqualTo(new ConcertTitle("Winter Gala"));
    assertThat(added.schedules())
        .extracting(Schedule::date, Schedule::seatCount, Schedule::price)
        .containsExactly(
            tuple(TODAY, 2, Money.won(70_000)),
            tuple(TODAY.plusDays(1), 1000, Money.ZERO),
            tuple(TODAY.plusDays(3), 3, Money.won(55_000)));
  }

  @Test
  void findByIdReadsBackWhatWasAdded() {
    var added = add("Spring Recital", show(TODAY.plusDays(2), 5, 100_000_000));

    var found = concerts.findById(added.id());

    assertThat(found).hasValueSatisfying(concert -> assertSame(concert, added));
  }

  @Test
  void anUnknownIdFindsNothing() {
    var added = add("Spring Recital", show(TODAY, 5, 1000));

    assertThat(concerts.findById(new ConcertId(added.id().value() + 1000))).isEmpty();
  }

  @Test
  void findAllListsEveryConcertInTheOrderTheyWereAdded() {
    var first = add("First", show(TODAY.plusDays(1), 1, 1000));
    var second = add("Second", show(TODAY.plusDays(2), 2, 2000), show(TODAY, 3, 3000));
    var third = add("Third", show(TODAY, 1, 1000));

    var all = concerts.findAll();

    assertThat(all).hasSize(3);
    assertSame(all.get(0), first);
    assertSame(all.get(1), second);
    assertSame(all.get(2), third);
  }

  @Test
  void everyConcertAndShowHasAnIdOfItsOwn() {
    var first = add("First", show(TODAY, 1, 1000), show(TODAY.plusDays(1), 1, 1000));
    var second = add("Second", show(TODAY, 1, 1000), show(TODAY.plusDays(1), 1, 1000));

    assertThat(first.id()).isNotEqualTo(second.id());
    assertThat(
            List.of(first, second).stream()
                .flatMap(concert -> concert.schedules().stream())
                .map(Schedule::id)
                .distinct())
        .hasSize(4);
  }

  @Test
  void findSoleFindsTheOnlyConcert() {
    var only = add("Only", show(TODAY, 1, 1000));

    assertThat(concerts.findSole()).hasValueSatisfying(concert -> assertSame(concert, only));
  }

  @Test
  void findSoleFindsNothingAmongSeveralConcerts() {
    add("First", show(TODAY, 1, 1000));
    add("Second", show(TODAY, 1, 1000));

    assertThat(concerts.findSole()).isEmpty();
  }

  @Test
  void addIfCatalogEmptyAddsToAnEmptyCatalog() {
    var added =
        inTransaction(() -> concerts.addIfCatalogEmpty(plan("Demo", show(TODAY, 4, 1000)), NOW));

    assertThat(added).isPresent();
    assertThat(concerts.findAll()).hasSize(1);
    assertSame(concerts.findAll().get(0), added.get());
  }

  @Test
  void addIfCatalogEmptyLeavesACatalogWithAConcertAlone() {
    var existing = add("Existing", show(TODAY, 1, 1000));

    var added =
        inTransaction(() -> concerts.addIfCatalogEmpty(plan("Demo", show(TODAY, 4, 1000)), NOW));

    assertThat(added).isEmpty();
    assertThat(concerts.findAll()).hasSize(1);
    assertSame(concerts.findAll().get(0), existing);
  }

  protected Concert add(String title, SchedulePlan... shows) {
    return inTransaction(() -> concerts.add(plan(title, shows), NOW));
  }

  protected static ConcertPlan plan(String title, SchedulePlan... shows) {
    return ConcertPlan.of(new ConcertTitle(title), List.of(shows), TODAY);
  }

  protected static SchedulePlan show(LocalDate date, int seats, long price) {
    return new SchedulePlan(date, seats, Money.won(price));
  }

  /** Concerts are entities without equals: the same id, title and shows. */
  private static void assertSame(Concert actual, Concert expected) {
    assertThat(actual.id()).isEqualTo(expected.id());
    assertThat(actual.title()).isEqualTo(expected.title());
    assertThat(actual.schedules()).isEqualTo(expected.schedules());
  }
}
