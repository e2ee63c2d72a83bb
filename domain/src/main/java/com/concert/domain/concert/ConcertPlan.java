package com.concert.domain.concert;

import com.concert.domain.shared.InvalidRequestException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A concert that is about to be added to the catalog. It can only be made valid: at least one show,
 * no two shows on one date, none in the past.
 */
public record ConcertPlan(ConcertTitle title, List<SchedulePlan> schedules) {

  public ConcertPlan {
    Objects.requireNonNull(title);
    schedules =
        List.copyOf(schedules).stream().sorted(Comparator.comparing(SchedulePlan::date)).toList();
  }

  public static ConcertPlan of(ConcertTitle title, List<SchedulePlan> schedules, LocalDate today) {
    if (schedules == null || schedules.isEmpty()) {
      throw new InvalidRequestException("a concert needs at least one show");
    }
    var dates = new HashSet<LocalDate>();
    for (var schedule : schedules) {
      if (schedule == null) {
        throw new InvalidRequestException("a show cannot be empty");
      }
      if (schedule.date().isBefore(today)) {
        throw new InvalidRequestException("the show on " + schedule.date() + " is in the past");
      }
      if (!dates.add(schedule.date())) {
        throw new InvalidRequestException("two shows on " + schedule.date());
      }
    }
    return new ConcertPlan(title, schedules);
  }
}
