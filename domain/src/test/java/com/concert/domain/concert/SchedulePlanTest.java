package com.concert.domain.concert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.concert.domain.shared.InvalidRequestException;
import com.concert.domain.shared.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchedulePlanTest {

  private static final LocalDate DATE = LocalDate.of(2026, 12, 24);
  private static final Money PRICE = Money.won(120_000);

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 500, 1000})
  void hasOneToAThousandSeats(int seatCount) {
    assertThat(new SchedulePlan(DATE, seatCount, PRICE).seatCount()).isEqualTo(seatCount);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 1001, Integer.MAX_VALUE, Integer.MIN_VALUE})
  void refusesASeatCountOutsideOneToAThousand(int seatCount) {
    assertThatThrownBy(() -> new SchedulePlan(DATE, seatCount, PRICE))
        .isInstanceOf(InvalidRequestException.class);
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1, 120_000, 100_000_000})
  void costsZeroToAHundredMillionWon(long won) {
    assertThat(new SchedulePlan(DATE, 50, Money.won(won)).price()).isEqualTo(Money.won(won));
  }

  @ParameterizedTest
  @ValueSource(longs = {100_000_001, Long.MAX_VALUE})
  void refusesAPriceAboveAHundredMillionWon(long won) {
    assertThatThrownBy(() -> new SchedulePlan(DATE, 50, Money.won(won)))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void isDatedWithinFourDigitYears() {
    var lastDate = LocalDate.of(9999, 12, 31);

    assertThat(new SchedulePlan(lastDate, 50, PRICE).date()).isEqualTo(lastDate);
    assertThatThrownBy(() -> new SchedulePlan(lastDate.plusDays(1), 50, PRICE))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> new SchedulePlan(LocalDate.MAX, 50, PRICE))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void needsADateAndAPrice() {
    assertThatThrownBy(() -> new SchedulePlan(null, 50, PRICE))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> new SchedulePlan(DATE, 50, null))
        .isInstanceOf(InvalidRequestException.class);
  }
}
