package com.concert.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.concert.domain.reservation.ReservationId;
import com.concert.domain.shared.Money;
import com.concert.domain.shared.UserId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentTest {

  @Test
  void listsItsReservationsInIdOrder() {
    var payment =
        new Payment(
            new PaymentId(1),
            new UserId(42),
            Money.won(3),
            Money.ZERO,
            List.of(new ReservationId(9), new ReservationId(2), new ReservationId(5)),
            Instant.EPOCH);

    assertThat(payment.reservations())
        .containsExactly(new ReservationId(2), new ReservationId(5), new ReservationId(9));
  }

  @Test
  void paysForAtLeastOneReservation() {
    assertThatThrownBy(
            () ->
                new Payment(
                    new PaymentId(1),
                    new UserId(42),
                    Money.ZERO,
                    Money.ZERO,
                    List.of(),
                    Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
