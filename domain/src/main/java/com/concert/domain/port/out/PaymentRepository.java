package com.concert.domain.port.out;

import com.concert.domain.payment.Payment;
import com.concert.domain.payment.PaymentId;
import java.util.Optional;

/** Completed payments. */
public interface PaymentRepository {

  /** A fresh id for the payment about to be made, so its ledger entry can name it. */
  PaymentId nextId();

  void add(Payment payment);

  /** The payment with the reservations it confirmed. */
  Optional<Payment> findById(PaymentId id);
}
