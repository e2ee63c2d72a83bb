package com.concert.adapter.in.web.wallet;

import com.concert.application.port.in.GetBalanceUseCase;
import com.concert.domain.shared.UserId;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The balance, asked for as {@code ?userId=42}, or as the original API asked: a JSON body {@code
 * {"id": 42}} on the GET. The body is read only when the query parameter is absent.
 */
@RestController
public class GetBalanceController {

  private final GetBalanceUseCase getBalance;
  private final WalletMapper mapper;

  public GetBalanceController(GetBalanceUseCase getBalance, WalletMapper mapper) {
    this.getBalance = getBalance;
    this.mapper = mapper;
  }

  @GetMapping(path = "/api/charge", params = "userId")
  public WalletResponse balance(@RequestParam Long userId) {
    return mapper.toResponse(getBalance.balance(new UserId(userId)));
  }

  @GetMapping(path = "/api/charge", params = "!userId")
  public WalletResponse balanceAskedInTheBody(@Valid @RequestBody BalanceRequest request) {
    return mapper.toResponse(getBalance.balance(new UserId(request.id())));
  }
}
