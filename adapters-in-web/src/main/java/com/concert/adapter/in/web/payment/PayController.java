package com.concert.adapter.in.web.payment;

import com.concert.adapter.in.web.IdempotencyKeyHeader;
import com.concert.adapter.in.web.error.ApiError;
import com.concert.adapter.in.web.openapi.ErrorResponses;
import com.concert.adapter.in.web.queue.QueueUser;
import com.concert.application.port.in.IdempotencyKey;
import com.concert.application.port.in.PayCommand;
import com.concert.application.port.in.PayUseCase;
import com.concert.application.port.in.QueuePass;
import com.concert.application.port.in.QueuePass.Access;
import com.concert.domain.reservation.ReservationId;
import com.concert.domain.shared.UserId;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.Optional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PayController {

  private final PayUseCase pay;
  private final PaymentMapper mapper;

  public PayController(PayUseCase pay, PaymentMapper mapper) {
    this.pay = pay;
    this.mapper = mapper;
  }

  /**
   * A finished token (its user just paid) is let through to replay the payment that finished it by
   * its Idempotency-Key; the use case refuses it anything else.
   */
  @Operation(summary = "Pay for the token user's held seats, one or all of them")
  @ErrorResponses({
    ApiError.INVALID_AMOUNT,
    ApiError.FORBIDDEN,
    ApiError.RESERVATION_NOT_FOUND,
    ApiError.RESERVATION_NOT_HELD,
    ApiError.HOLD_EXPIRED,
    ApiError.AMOUNT_MISMATCH,
    ApiError.INSUFFICIENT_BALANCE,
    ApiError.IDEMPOTENCY_IN_PROGRESS,
    ApiError.IDEMPOTENCY_KEY_REUSED
  })
  @PostMapping("/api/payment")
  public PaymentResponse pay(
      @Valid @RequestBody(required = false) PaymentRequest body,
      @RequestHeader(name = IdempotencyKeyHeader.NAME, required = false)
          IdempotencyKey idempotencyKey,
      @QueueUser(accept = {Access.ACTIVE, Access.FINISHED}) QueuePass pass) {
    var request = body == null ? PaymentRequest.EVERYTHING_HELD : body;
    var command =
        new PayCommand(
            pass,
            Optional.ofNullable(request.reservationId()).map(ReservationId::new),
            Optional.ofNullable(request.amount()),
            Optional.ofNullable(request.userId()).map(UserId::new),
            Optional.ofNullable(idempotencyKey));
    return mapper.toResponse(pay.pay(command));
  }
}
