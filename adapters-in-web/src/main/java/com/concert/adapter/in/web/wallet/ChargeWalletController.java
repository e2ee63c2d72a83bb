package com.concert.adapter.in.web.wallet;

import com.concert.adapter.in.web.IdempotencyKeyHeader;
import com.concert.adapter.in.web.error.ApiError;
import com.concert.adapter.in.web.openapi.ErrorResponses;
import com.concert.application.port.in.ChargeWalletUseCase;
import com.concert.application.port.in.IdempotencyKey;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.Optional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Takes no queue token: the wallet endpoints identify the user by the id they are given. */
@RestController
public class ChargeWalletController {

  private final ChargeWalletUseCase chargeWallet;
  private final WalletMapper mapper;

  public ChargeWalletController(ChargeWalletUseCase chargeWallet, WalletMapper mapper) {
    this.chargeWallet = chargeWallet;
    this.mapper = mapper;
  }

  @Operation(summary = "Charge a user's wallet; the answer is the balance after it")
  @ErrorResponses({
    ApiError.INVALID_AMOUNT,
    ApiError.BALANCE_LIMIT_EXCEEDED,
    ApiError.IDEMPOTENCY_IN_PROGRESS,
    ApiError.IDEMPOTENCY_KEY_REUSED
  })
  @PostMapping("/api/charge")
  public WalletResponse charge(
      @Valid @RequestBody ChargeRequest request,
      @RequestHeader(name = IdempotencyKeyHeader.NAME, required = false)
          IdempotencyKey idempotencyKey) {
    var key = Optional.ofNullable(idempotencyKey);
    return mapper.toResponse(chargeWallet.charge(mapper.toCommand(request, key)));
  }
}
