package com.concert.application.service;

import static com.concert.application.service.CatalogFixture.NOW;
import static com.concert.application.service.CatalogFixture.SEOUL_AHEAD_OF_UTC;
import static com.concert.application.service.CatalogFixture.TODAY;
import static com.concert.application.service.CatalogFixture.clockAt;
import static com.concert.application.service.CatalogFixture.show;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.concert.application.port.in.CreateConcertCommand;
import com.concert.domain.concert.ConcertTitle;
import com.concert.domain.concert.SchedulePlan;
import com.concert.domain.concert.SeatStatus;
import com.concert.domain.shared.DomainException;
import com.concert.domain.shared.ErrorCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreateConcertServiceTest {

  private final CatalogFixture fixture = CatalogFixture.empty();

  @Test
  void addsTheConcertWithEverySeatOfEveryShowAndAnswersItsDatesInOrder() {
    var summary =
        service(NOW)
            .createConcert(command("Winter Gala", show(TODAY.plusDays(2), 3), show(TODAY, 2)));

    assertThat(summary.title()).isEqualTo(new ConcertTitle("Winter Gala"));
    assertThat(summary.dates()).containsExactly(TODAY, TODAY.plusDays(2));
    var stored = fixture.catalog.findById(summary.id()).orElseThrow();
    assertThat(stored.schedules())
        .extracting(schedule -> fixture.catalog.findBySchedule(schedule.id()).size())
        .containsExactly(2, 3);
    assertThat(fixture.catalog.findBySchedule(stored.schedules().get(0).id()))
        .allMatch(seat -> seat.statusAt(NOW) == SeatStatus.AVAILABLE);
  }

  @Test
  void aShowInThePastIsAnInvalidRequestAndAddsNothing() {
    var command = command("Late", show(TODAY.plusDays(1), 1), show(TODAY.minusDays(1), 1));

    assertThatThrownBy(() -> service(NOW).createConcert(command))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST));
    assertThat(fixture.catalog.findAll()).isEmpty();
  }

  @Test
  void twoShowsOnOneDateAreAnInvalidRequestAndAddNothing() {
    var command = command("Twice", show(TODAY, 1), show(TODAY, 2));

    assertThatThrownBy(() -> service(NOW).createConcert(command))
        .isInstanceOf(DomainException.class);
    assertThat(fixture.catalog.findAll()).isEmpty();
  }

  @Test
  void noShowIsAnInvalidRequest() {
    assertThatThrownBy(() -> service(NOW).createConcert(command("Empty")))
        .isInstanceOf(DomainException.class);
    assertThat(fixture.catalog.findAll()).isEmpty();
  }

  @Test
  void thePastIsJudgedByTheDateInTheClocksZone() {
    var utcDate = LocalDate.of(2026, 12, 24);
    var seoulDate = LocalDate.of(2026, 12, 25);

    assertThatThrownBy(
            () -> service(SEOUL_AHEAD_OF_UTC).createConcert(command("Eve", show(utcDate, 1))))
        .isInstanceOf(DomainException.class);
    assertThat(
            service(SEOUL_AHEAD_OF_UTC).createConcert(command("Day", show(seoulDate, 1))).dates())
        .containsExactly(seoulDate);
  }

  private static CreateConcertCommand command(String title, SchedulePlan... shows) {
    return new CreateConcertCommand(new ConcertTitle(title), List.of(shows));
  }

  private CreateConcertService service(Instant now) {
    return new CreateConcertService(fixture.catalog, clockAt(now));
  }
}
