package com.concert.adapter.out.persistence;

import com.concert.application.port.in.ReservationView;
import com.concert.application.port.out.BookingEvents;
import com.concert.domain.payment.Payment;
import com.concert.domain.shared.UserId;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts the events the use cases report from many threads at once. */
final class CountingBookingEvents implements BookingEvents {

  final AtomicInteger held = new AtomicInteger();
  final AtomicInteger cancelled = new AtomicInteger();
  final AtomicInteger expired = new AtomicInteger();
  final AtomicInteger paid = new AtomicInteger();

  @Override
  public void seatHeld(UserId user, ReservationView reservation) {
    held.incrementAndGet();
  }

  @Override
  public void holdCancelled(UserId user, ReservationView reservation) {
    cancelled.incrementAndGet();
  }

  @Override
  public void holdsExpired(int count) {
    expired.addAndGet(count);
  }

  @Override
  public void paymentCompleted(Payment payment) {
    paid.incrementAndGet();
  }
}
