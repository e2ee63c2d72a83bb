package com.concert.adapter.out.persistence;

import static com.concert.db.jooq.Tables.PAYMENT;

import com.concert.domain.payment.PaymentId;
import com.concert.domain.shared.UserId;
import java.time.Instant;
import org.jooq.DSLContext;

/** A payment row for tests of what a payment points at: a ledger entry, a confirmation. */
final class TestPayments {

  private TestPayments() {}

  static PaymentId create(DSLContext dsl, UserId user) {
    return new PaymentId(
        dsl.insertInto(PAYMENT)
            .set(PAYMENT.USER_ID, user.value())
            .set(PAYMENT.AMOUNT, 0L)
            .set(PAYMENT.BALANCE_AFTER, 0L)
            .set(PAYMENT.STATUS, JooqPaymentRepository.PAID)
            .set(PAYMENT.PAID_AT, Instant.parse("2026-12-01T10:00:00Z"))
            .returning(PAYMENT.ID)
            .fetchSingle(PAYMENT.ID));
  }
}
