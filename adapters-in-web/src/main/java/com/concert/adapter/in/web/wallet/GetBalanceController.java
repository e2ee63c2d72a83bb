package com.concert.adapter.in.web.wallet;

import com.concert.application.port.in.GetBalanceUseCase;
import com.concert.domain.shared.InvalidRequestException;
import com.concert.domain.shared.UserId;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
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

  @Operation(summary = "A user's balance")
  @GetMapping(path = "/api/charge", params = "userId")
  public WalletResponse balance(@RequestParam Long userId) {
    return mapper.toResponse(getBalance.balance(new UserId(userId)));
  }

  /**
   * For a GET, Spring leaves a body it cannot read as JSON unread instead of refusing it; such a
   * body is refused here as it is everywhere else ({@code 415}), while a GET without any body or
   * user is {@code 400}.
   */
  @Operation(
      summary = "A user's balance, asked with a JSON body {\"id\": 42} as the original API did")
  @GetMapping(path = "/api/charge", params = "!userId")
  public WalletResponse balanceAskedInTheBody(
      @Valid @RequestBody(required = false) BalanceRequest request,
      @RequestHeader HttpHeaders headers)
      throws HttpMediaTypeNotSupportedException {
    if (request == null) {
      if (hasBody(headers)
          && !MediaType.APPLICATION_JSON.isCompatibleWith(headers.getContentType())) {
        throw new HttpMediaTypeNotSupportedException(
            headers.getContentType(), List.of(MediaType.APPLICATION_JSON), HttpMethod.GET);
      }
      throw new InvalidRequestException(
          "the user is given as ?userId=42 or, as the original API did, as a JSON body {\"id\": 42}");
    }
    return mapper.toResponse(getBalance.balance(new UserId(request.id())));
  }

  private static boolean hasBody(HttpHeaders headers) {
    return headers.getContentLength() > 0 || headers.containsHeader(HttpHeaders.TRANSFER_ENCODING);
  }
}
