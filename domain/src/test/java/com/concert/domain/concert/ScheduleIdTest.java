package com.concert.domain.concert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.concert.domain.shared.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScheduleIdTest {

  @ParameterizedTest
  @ValueSource(longs = {0, -1, Long.MIN_VALUE})
  void isPositive(long value) {
    assertThatThrownBy(() -> new ScheduleId(value)).isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void acceptsEveryPositiveLong() {
    assertThat(new ScheduleId(1).value()).isEqualTo(1);
    assertThat(new ScheduleId(Long.MAX_VALUE).value()).isEqualTo(Long.MAX_VALUE);
  }
}
