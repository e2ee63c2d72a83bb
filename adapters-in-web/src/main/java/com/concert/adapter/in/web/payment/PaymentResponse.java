package com.concert.adapter.in.web.payment;

import java.time.Instant;
import java.util.List;

public record PaymentResponse(
    long paymentId,
    List<Long> reservationIds,
    long amount,
    long balance,
    String status,
    Instant paidAt) {}
