package com.concert.adapter.in.web.payment;

import com.concert.adapter.in.web.error.InvalidAmount;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Positive;

/**
 * A payment. Every field may be left out: without {@code reservationId} it pays everything the
 * token's user holds; {@code amount} and {@code userId}, when sent, must match what the service
 * computes and who the token belongs to (the original API sent only these two).
 */
public record PaymentRequest(
    @Schema(example = "901") @Positive Long reservationId,
    @Schema(example = "120000") @Positive(payload = InvalidAmount.class) Long amount,
    @Schema(example = "42") @Positive Long userId) {

  static final PaymentRequest EVERYTHING_HELD = new PaymentRequest(null, null, null);
}
