package com.concert.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserIdTest {

  @ParameterizedTest
  @ValueSource(longs = {0, -1, Long.MIN_VALUE})
  void isPositive(long value) {
    assertThatThrownBy(() -> new UserId(value)).isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void acceptsEveryPositiveLong() {
    assertThat(new UserId(1).value()).isEqualTo(1);
    assertThat(new UserId(Long.MAX_VALUE).value()).isEqualTo(Long.MAX_VALUE);
  }
}
