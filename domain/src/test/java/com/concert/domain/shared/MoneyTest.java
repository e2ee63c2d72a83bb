package com.concert.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  @ParameterizedTest
  @ValueSource(longs = {-1, -120_000, Long.MIN_VALUE})
  void isNeverNegative(long won) {
    assertThatThrownBy(() -> Money.won(won))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST));
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1, 120_000, Long.MAX_VALUE})
  void holdsAnyWholeNumberOfWonFromZero(long won) {
    assertThat(Money.won(won).won()).isEqualTo(won);
  }

  @Test
  void addsUpToTheLargestAmount() {
    assertThat(Money.won(Long.MAX_VALUE - 1).plus(Money.won(1)))
        .isEqualTo(Money.won(Long.MAX_VALUE));
  }

  @Test
  void plusFailsInsteadOfOverflowing() {
    assertThatThrownBy(() -> Money.won(Long.MAX_VALUE).plus(Money.won(1)))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("too large");
  }

  @Test
  void comparesByAmount() {
    assertThat(Money.won(2).isGreaterThan(Money.won(1))).isTrue();
    assertThat(Money.won(1).isGreaterThan(Money.won(1))).isFalse();
    assertThat(Money.ZERO.isZero()).isTrue();
    assertThat(Money.won(1).isZero()).isFalse();
  }
}
