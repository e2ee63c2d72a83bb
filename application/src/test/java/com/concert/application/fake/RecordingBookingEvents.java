package com.concert.application.fake;

import com.concert.application.port.in.ReservationView;
import com.concert.application.port.out.BookingEvents;
import com.concert.domain.payment.Payment;
import com.concert.domain.shared.UserId;
import java.util.ArrayList;
import java.util.List;

/** Keeps every event it is told, in order, as a short line a test can compare. */
public class RecordingBookingEvents implements BookingEvents {

  private final List<String> events = new ArrayList<>();

  @Override
  public synchronized void seatHeld(UserId user, ReservationView reservation) {
    events.add("held reservation=" + reservation.reservationId().value() + " user=" + user.value());
  }

  @Override
  public synchronized void holdCancelled(UserId user, ReservationView reservation) {
    events.add(
        "cancelled reservation=" + reservation.reservationId().value() + " user=" + user.value());
  }

  @Override
  public synchronized void holdsExpired(int count) {
    events.add("expired count=" + count);
  }

  @Override
  public synchronized void paymentCompleted(Payment payment) {
    events.add(
        "paid payment="
            + payment.id().value()
            + " user="
            + payment.user().value()
            + " reservations="
            + payment.reservations().stream().map(id -> id.value()).toList());
  }

  public synchronized List<String> events() {
    return List.copyOf(events);
  }
}
