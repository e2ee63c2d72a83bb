package com.concert.domain.fake;

import com.concert.domain.payment.Payment;
import com.concert.domain.payment.PaymentId;
import com.concert.domain.port.out.PaymentRepository;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Payments in memory, for use-case tests. */
public class InMemoryPayments implements PaymentRepository {

  private final Map<PaymentId, Payment> payments = new HashMap<>();
  private long lastId;

  @Override
  public synchronized PaymentId nextId() {
    return new PaymentId(++lastId);
  }

  @Override
  public synchronized void add(Payment payment) {
    if (payments.putIfAbsent(payment.id(), payment) != null) {
      throw new IllegalStateException("payment " + payment.id().value() + " exists");
    }
  }

  @Override
  public synchronized Optional<Payment> findById(PaymentId id) {
    return Optional.ofNullable(payments.get(id));
  }

  public synchronized int count() {
    return payments.size();
  }
}
