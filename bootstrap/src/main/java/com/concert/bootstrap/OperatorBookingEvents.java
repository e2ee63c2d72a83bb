package com.concert.bootstrap;

import com.concert.application.port.in.ReservationView;
import com.concert.application.port.out.BookingEvents;
import com.concert.domain.payment.Payment;
import com.concert.domain.reservation.ReservationId;
import com.concert.domain.shared.UserId;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The booking events as an operator sees them: one log line each, with the ids as key-value pairs
 * (fields of their own in structured logging) and in the message (for plain logs), and a counter
 * each. An event told inside a transaction is written once that transaction commits, so a rolled
 * back effect is neither logged nor counted. Ids only: never a token, a key or a balance.
 */
class OperatorBookingEvents implements BookingEvents {

  private static final Logger log = LoggerFactory.getLogger(OperatorBookingEvents.class);

  private final Counter holdsTaken;
  private final Counter holdsCancelled;
  private final Counter holdsExpired;
  private final Counter holdsConfirmed;
  private final Counter payments;

  OperatorBookingEvents(MeterRegistry registry) {
    holdsTaken =
        Counter.builder("concert.holds.taken").description("Seats held").register(registry);
    holdsCancelled =
        Counter.builder("concert.holds.cancelled")
            .description("Holds cancelled by their user")
            .register(registry);
    holdsExpired =
        Counter.builder("concert.holds.expired")
            .description("Holds marked expired by the sweeper")
            .register(registry);
    holdsConfirmed =
        Counter.builder("concert.holds.confirmed")
            .description("Holds paid for, now CONFIRMED")
            .register(registry);
    payments = Counter.builder("concert.payments").description("Payments").register(registry);
  }

  @Override
  public void seatHeld(UserId user, ReservationView reservation) {
    afterCommit(
        () -> {
          holdsTaken.increment();
          withReservation(event("seat-held"), user, reservation)
              .log(
                  "Seat held: reservation {} of user {}, concert {} on {}, seat {}, until {}",
                  reservation.reservationId().value(),
                  user.value(),
                  reservation.concertId().value(),
                  reservation.concertDate(),
                  reservation.seatNo().value(),
                  reservation.expiresAt());
        });
  }

  @Override
  public void holdCancelled(UserId user, ReservationView reservation) {
    afterCommit(
        () -> {
          holdsCancelled.increment();
          withReservation(event("hold-cancelled"), user, reservation)
              .log(
                  "Hold cancelled: reservation {} of user {}, concert {} on {}, seat {}",
                  reservation.reservationId().value(),
                  user.value(),
                  reservation.concertId().value(),
                  reservation.concertDate(),
                  reservation.seatNo().value());
        });
  }

  @Override
  public void holdsExpired(int count) {
    afterCommit(
        () -> {
          holdsExpired.increment(count);
          event("holds-expired").addKeyValue("count", count).log("Holds expired: {}", count);
        });
  }

  @Override
  public void paymentCompleted(Payment payment) {
    var reservations = payment.reservations().stream().map(ReservationId::value).toList();
    afterCommit(
        () -> {
          payments.increment();
          holdsConfirmed.increment(reservations.size());
          event("payment-completed")
              .addKeyValue("paymentId", payment.id().value())
              .addKeyValue("userId", payment.user().value())
              .addKeyValue("reservationIds", reservations)
              .log(
                  "Payment completed: payment {} of user {} for reservations {}",
                  payment.id().value(),
                  payment.user().value(),
                  reservations);
        });
  }

  private static LoggingEventBuilder event(String name) {
    return log.atInfo().addKeyValue("event", name);
  }

  private static LoggingEventBuilder withReservation(
      LoggingEventBuilder event, UserId user, ReservationView reservation) {
    return event
        .addKeyValue("reservationId", reservation.reservationId().value())
        .addKeyValue("userId", user.value())
        .addKeyValue("concertId", reservation.concertId().value())
        .addKeyValue("concertDate", reservation.concertDate())
        .addKeyValue("seatNo", reservation.seatNo().value());
  }

  private static void afterCommit(Runnable write) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      write.run();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            write.run();
          }
        });
  }
}
