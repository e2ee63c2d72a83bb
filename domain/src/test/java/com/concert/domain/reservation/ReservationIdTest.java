package com.concert.domain.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.concert.domain.payment.PaymentId;
import com.concert.domain.shared.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReservationIdTest {

  @ParameterizedTest
  @ValueSource(longs = {0, -1, Long.MIN_VALUE})
  void reservationAndPaymentIdsArePositive(long value) {
    assertThatThrownBy(() -> new ReservationId(value)).isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> new PaymentId(value)).isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void anyPositiveLongIsAnId() {
    assertThat(new ReservationId(Long.MAX_VALUE).value()).isEqualTo(Long.MAX_VALUE);
    assertThat(new PaymentId(1).value()).isEqualTo(1);
  }
}
