package com.concert.adapter.out.persistence;

import com.concert.domain.payment.PaymentId;
import com.concert.domain.port.out.ReservationRepository;
import com.concert.domain.port.out.contract.ReservationRepositoryContract;
import com.concert.domain.reservation.ReservedSeat;
import com.concert.domain.shared.Money;
import com.concert.domain.shared.UserId;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class JooqReservationRepositoryTest extends ReservationRepositoryContract {

  static PostgresTestSupport db;

  @BeforeAll
  static void start() {
    db = PostgresTestSupport.start(2);
  }

  @AfterAll
  static void stop() {
    db.close();
  }

  @Override
  protected ReservationRepository reservations() {
    return new JooqReservationRepository(db.dsl());
  }

  @Override
  protected ReservedSeat newSeat(Money price) {
    var concert =
        TestConcerts.oneShow(db.dsl(), "Recital", LocalDate.of(2026, 12, 24), 1, price, T0);
    return TestConcerts.seat(concert, 1);
  }

  @Override
  protected PaymentId newPayment(UserId user) {
    return TestPayments.create(db.dsl(), user);
  }
}
