package com.concert.domain.fake;

import com.concert.domain.concert.ConcertId;
import com.concert.domain.concert.ScheduleId;
import com.concert.domain.concert.SeatNo;
import com.concert.domain.payment.PaymentId;
import com.concert.domain.port.out.ReservationRepository;
import com.concert.domain.port.out.contract.ReservationRepositoryContract;
import com.concert.domain.reservation.ReservedSeat;
import com.concert.domain.shared.Money;
import com.concert.domain.shared.UserId;
import java.time.LocalDate;

class InMemoryReservationsTest extends ReservationRepositoryContract {

  private final InMemoryReservations reservations = new InMemoryReservations();
  private long lastSchedule;
  private long lastPayment;

  @Override
  protected ReservationRepository reservations() {
    return reservations;
  }

  @Override
  protected ReservedSeat newSeat(Money price) {
    var seat =
        new ReservedSeat(
            new ConcertId(1),
            new ScheduleId(++lastSchedule),
            LocalDate.of(2026, 12, 24).plusDays(lastSchedule),
            new SeatNo(1));
    reservations.addSeat(seat, price);
    return seat;
  }

  @Override
  protected PaymentId newPayment(UserId user) {
    return new PaymentId(++lastPayment);
  }
}
