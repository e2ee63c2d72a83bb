package com.concert.bootstrap;

import com.concert.application.port.in.CancelReservationUseCase;
import com.concert.application.port.in.ExpireHoldsUseCase;
import com.concert.application.port.in.HoldSeatUseCase;
import com.concert.application.port.in.ListReservationsUseCase;
import com.concert.application.port.out.BookingEvents;
import com.concert.application.port.out.UserLock;
import com.concert.application.service.CancelReservationService;
import com.concert.application.service.ConcertLookup;
import com.concert.application.service.ExpireHoldsService;
import com.concert.application.service.HoldSeatService;
import com.concert.application.service.ListReservationsService;
import com.concert.domain.port.out.ReservationRepository;
import com.concert.domain.reservation.HoldPolicy;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Seat holds: their policy and use cases, each wrapped in its transaction. */
@Configuration(proxyBeanMethods = false)
class ReservationConfiguration {

  @Bean
  HoldPolicy holdPolicy(ConcertProperties properties) {
    var reservation = properties.reservation();
    return new HoldPolicy(reservation.holdTtl(), reservation.maxHoldsPerUser());
  }

  @Bean
  HoldSeatUseCase holdSeat(
      ConcertLookup lookup,
      UserLock userLock,
      ReservationRepository reservations,
      HoldPolicy policy,
      BookingEvents events,
      Clock clock,
      Transactions tx) {
    var service = new HoldSeatService(lookup, userLock, reservations, policy, events, clock);
    return command -> tx.inTransaction(() -> service.holdSeat(command));
  }

  @Bean
  ListReservationsUseCase listReservations(
      ReservationRepository reservations, Clock clock, Transactions tx) {
    var service = new ListReservationsService(reservations, clock);
    return user -> tx.readOnly(() -> service.listReservations(user));
  }

  @Bean
  CancelReservationUseCase cancelReservation(
      ReservationRepository reservations, BookingEvents events, Clock clock, Transactions tx) {
    var service = new CancelReservationService(reservations, events, clock);
    return command -> tx.inTransaction(() -> service.cancelReservation(command));
  }

  /** Not wrapped: the sweep commits batch by batch, each in a transaction of its own. */
  @Bean
  ExpireHoldsUseCase expireHolds(
      ReservationRepository reservations, Transactions tx, BookingEvents events, Clock clock) {
    return new ExpireHoldsService(reservations, tx, events, clock);
  }
}
