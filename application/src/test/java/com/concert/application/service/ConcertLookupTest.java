package com.concert.application.service;

import static com.concert.application.service.CatalogFixture.TODAY;
import static com.concert.application.service.CatalogFixture.show;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.concert.domain.concert.ConcertId;
import com.concert.domain.shared.DomainException;
import com.concert.domain.shared.ErrorCode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConcertLookupTest {

  private final CatalogFixture fixture = CatalogFixture.empty();
  private final ConcertLookup lookup = new ConcertLookup(fixture.catalog);

  @Test
  void withoutAnIdFindsTheOnlyConcert() {
    var only = fixture.concert("Only", show(TODAY, 1));

    assertThat(lookup.concert(Optional.empty()).id()).isEqualTo(only.id());
  }

  @Test
  void withoutAnIdAnEmptyCatalogIsAnInvalidRequest() {
    assertThatThrownBy(() -> lookup.concert(Optional.empty()))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST));
  }

  @Test
  void withoutAnIdSeveralConcertsAreAnInvalidRequest() {
    fixture.concert("First", show(TODAY, 1));
    fixture.concert("Second", show(TODAY, 1));

    assertThatThrownBy(() -> lookup.concert(Optional.empty()))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST));
  }

  @Test
  void withAnIdFindsThatConcertAmongSeveral() {
    fixture.concert("First", show(TODAY, 1));
    var second = fixture.concert("Second", show(TODAY, 1));

    assertThat(lookup.concert(Optional.of(second.id())).title().value()).isEqualTo("Second");
  }

  @Test
  void anUnknownIdIsConcertNotFoundEvenWhileExactlyOneConcertExists() {
    var only = fixture.concert("Only", show(TODAY, 1));
    var unknown = new ConcertId(only.id().value() + 1);

    assertThatThrownBy(() -> lookup.concert(Optional.of(unknown)))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.CONCERT_NOT_FOUND));
  }

  @Test
  void aPastShowOrADateWithoutAShowIsScheduleNotFound() {
    var concert = fixture.concert("Gala", show(TODAY.minusDays(1), 1), show(TODAY, 1));

    for (var date : List.of(TODAY.minusDays(1), TODAY.plusDays(1))) {
      assertThatThrownBy(() -> lookup.upcomingSchedule(Optional.of(concert.id()), date, TODAY))
          .isInstanceOfSatisfying(
              DomainException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.SCHEDULE_NOT_FOUND));
    }
    assertThat(lookup.upcomingSchedule(Optional.empty(), TODAY, TODAY).date()).isEqualTo(TODAY);
  }
}
