package com.concert.domain.concert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.concert.domain.shared.InvalidRequestException;
import com.concert.domain.shared.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConcertPlanTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  private static final ConcertTitle TITLE = new ConcertTitle("Winter Gala");

  @Test
  void needsAtLeastOneShow() {
    assertThatThrownBy(() -> ConcertPlan.of(TITLE, List.of(), TODAY))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> ConcertPlan.of(TITLE, null, TODAY))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void refusesTwoShowsOnOneDate() {
    var shows = List.of(show(TODAY.plusDays(3)), show(TODAY.plusDays(5)), show(TODAY.plusDays(3)));

    assertThatThrownBy(() -> ConcertPlan.of(TITLE, shows, TODAY))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining(TODAY.plusDays(3).toString());
  }

  @Test
  void refusesAShowInThePast() {
    var shows = List.of(show(TODAY.plusDays(1)), show(TODAY.minusDays(1)));

    assertThatThrownBy(() -> ConcertPlan.of(TITLE, shows, TODAY))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("past");
  }

  @Test
  void allowsAShowToday() {
    var plan = ConcertPlan.of(TITLE, List.of(show(TODAY)), TODAY);

    assertThat(plan.schedules()).extracting(SchedulePlan::date).containsExactly(TODAY);
  }

  @Test
  void refusesAnEmptyShow() {
    var shows = new ArrayList<>(Arrays.asList(show(TODAY), null));

    assertThatThrownBy(() -> ConcertPlan.of(TITLE, shows, TODAY))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void keepsTheShowsInDateOrderAndUnaffectedByLaterChangesToTheGivenList() {
    var shows = new ArrayList<>(List.of(show(TODAY.plusDays(9)), show(TODAY.plusDays(2))));

    var plan = ConcertPlan.of(TITLE, shows, TODAY);
    shows.clear();

    assertThat(plan.title()).isEqualTo(TITLE);
    assertThat(plan.schedules())
        .extracting(SchedulePlan::date)
        .containsExactly(TODAY.plusDays(2), TODAY.plusDays(9));
  }

  private static SchedulePlan show(LocalDate date) {
    return new SchedulePlan(date, 10, Money.won(1000));
  }
}
