package com.concert.bootstrap;

import com.concert.application.port.in.PayUseCase;
import com.concert.application.port.out.BookingEvents;
import com.concert.application.port.out.UserLock;
import com.concert.application.service.Idempotency;
import com.concert.application.service.PayService;
import com.concert.domain.port.out.PaymentRepository;
import com.concert.domain.port.out.ReservationRepository;
import com.concert.domain.port.out.WaitingQueue;
import com.concert.domain.port.out.WalletRepository;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The payment: one use case, one transaction, across the wallet, the holds and the queue. */
@Configuration(proxyBeanMethods = false)
class PaymentConfiguration {

  @Bean
  PayUseCase pay(
      UserLock userLock,
      ReservationRepository reservations,
      WalletRepository wallets,
      PaymentRepository payments,
      WaitingQueue queue,
      Idempotency idempotency,
      BookingEvents events,
      Clock clock,
      Transactions tx) {
    var service =
        new PayService(
            userLock, reservations, wallets, payments, queue, idempotency, events, clock);
    return command -> tx.inTransaction(() -> service.pay(command));
  }
}
