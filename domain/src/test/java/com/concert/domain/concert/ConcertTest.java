package com.concert.domain.concert;

import static org.assertj.core.api.Assertions.assertThat;

import com.concert.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConcertTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 24);

  private final Schedule yesterday = show(1, TODAY.minusDays(1));
  private final Schedule today = show(2, TODAY);
  private final Schedule nextWeek = show(3, TODAY.plusDays(7));
  private final Schedule tomorrow = show(4, TODAY.plusDays(1));
  private final Concert concert =
      Concert.reconstitute(
          new ConcertId(1),
          new ConcertTitle("Winter Gala"),
          List.of(nextWeek, yesterday, tomorrow, today));

  @Test
  void keepsItsShowsInDateOrder() {
    assertThat(concert.schedules()).containsExactly(yesterday, today, tomorrow, nextWeek);
  }

  @Test
  void upcomingShowsAreTodaysAndLaterOnesInDateOrder() {
    assertThat(concert.upcomingSchedules(TODAY)).containsExactly(today, tomorrow, nextWeek);
  }

  @Test
  void noShowIsUpcomingOnceTheLastHasPassed() {
    assertThat(concert.upcomingSchedules(TODAY.plusDays(8))).isEmpty();
  }

  @Test
  void findsTheUpcomingShowOnADate() {
    assertThat(concert.upcomingScheduleOn(TODAY, TODAY)).contains(today);
    assertThat(concert.upcomingScheduleOn(TODAY.plusDays(7), TODAY)).contains(nextWeek);
  }

  @Test
  void aPastShowIsNotFoundOnItsDate() {
    assertThat(concert.upcomingScheduleOn(TODAY.minusDays(1), TODAY)).isEmpty();
  }

  @Test
  void aDateWithoutAShowHasNone() {
    assertThat(concert.upcomingScheduleOn(TODAY.plusDays(2), TODAY)).isEmpty();
  }

  private static Schedule show(long id, LocalDate date) {
    return new Schedule(new ScheduleId(id), date, 50, Money.won(120_000));
  }
}
