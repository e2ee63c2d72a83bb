package com.concert.adapter.out.persistence;

import static com.concert.db.jooq.Sequences.PAYMENT_ID_SEQ;
import static com.concert.db.jooq.Tables.PAYMENT;
import static com.concert.db.jooq.Tables.RESERVATION;

import com.concert.domain.payment.Payment;
import com.concert.domain.payment.PaymentId;
import com.concert.domain.port.out.PaymentRepository;
import com.concert.domain.reservation.ReservationId;
import com.concert.domain.shared.Money;
import com.concert.domain.shared.UserId;
import java.util.Optional;
import org.jooq.DSLContext;

public class JooqPaymentRepository implements PaymentRepository {

  static final String PAID = "PAID";

  private final DSLContext dsl;

  public JooqPaymentRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public PaymentId nextId() {
    return new PaymentId(dsl.nextval(PAYMENT_ID_SEQ));
  }

  @Override
  public void add(Payment payment) {
    dsl.insertInto(PAYMENT)
        .set(PAYMENT.ID, payment.id().value())
        .set(PAYMENT.USER_ID, payment.user().value())
        .set(PAYMENT.AMOUNT, payment.amount().won())
        .set(PAYMENT.BALANCE_AFTER, payment.balanceAfter().won())
        .set(PAYMENT.STATUS, PAID)
        .set(PAYMENT.PAID_AT, payment.paidAt())
        .execute();
  }

  @Override
  public Optional<Payment> findById(PaymentId id) {
    return dsl.selectFrom(PAYMENT)
        .where(PAYMENT.ID.eq(id.value()))
        .fetchOptional()
        .map(
            row ->
                new Payment(
                    id,
                    new UserId(row.getUserId()),
                    Money.won(row.getAmount()),
                    Money.won(row.getBalanceAfter()),
                    dsl
                        .select(RESERVATION.ID)
                        .from(RESERVATION)
                        .where(RESERVATION.PAYMENT_ID.eq(id.value()))
                        .fetch(RESERVATION.ID)
                        .stream()
                        .map(ReservationId::new)
                        .toList(),
                    row.getPaidAt()));
  }
}
