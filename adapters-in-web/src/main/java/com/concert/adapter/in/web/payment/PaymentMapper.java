package com.concert.adapter.in.web.payment;

import com.concert.adapter.in.web.ValueObjectMapper;
import com.concert.domain.payment.Payment;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(uses = ValueObjectMapper.class)
public interface PaymentMapper {

  /** Only completed payments exist, so every payment a client sees is {@code PAID}. */
  @Mapping(target = "paymentId", source = "id")
  @Mapping(target = "reservationIds", source = "reservations")
  @Mapping(target = "balance", source = "balanceAfter")
  @Mapping(target = "status", constant = "PAID")
  PaymentResponse toResponse(Payment payment);
}
