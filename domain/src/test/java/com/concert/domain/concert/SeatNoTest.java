package com.concert.domain.concert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.concert.domain.shared.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SeatNoTest {

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void isPositive(int value) {
    assertThatThrownBy(() -> new SeatNo(value)).isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void countsFromOne() {
    assertThat(new SeatNo(1).value()).isEqualTo(1);
    assertThat(new SeatNo(Integer.MAX_VALUE).value()).isEqualTo(Integer.MAX_VALUE);
  }
}
