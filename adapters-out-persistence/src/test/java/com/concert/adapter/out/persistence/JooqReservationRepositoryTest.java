package com.concert.adapter.out.persistence;

import com.concert.domain.concert.ConcertPlan;
import com.concert.domain.concert.ConcertTitle;
import com.concert.domain.concert.SchedulePlan;
import com.concert.domain.concert.SeatNo;
import com.concert.domain.payment.PaymentId;
import com.concert.domain.port.out.ReservationRepository;
import com.concert.domain.port.out.contract.ReservationRepositoryContract;
import com.concert.domain.reservation.ReservedSeat;
import com.concert.domain.shared.Money;
import com.concert.domain.shared.UserId;
import java.time.LocalDate;
import java.util.List;
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
    var date = LocalDate.of(2026, 12, 24);
    var concert =
        new JooqConcertRepository(db.dsl())
            .add(
                ConcertPlan.of(
                    new ConcertTitle("Recital"), List.of(new SchedulePlan(date, 1, price)), date),
                T0);
    var schedule = concert.schedules().get(0);
    return new ReservedSeat(concert.id(), schedule.id(), schedule.date(), new SeatNo(1));
  }

  @Override
  protected PaymentId newPayment(UserId user) {
    return TestPayments.create(db.dsl(), user);
  }
}
