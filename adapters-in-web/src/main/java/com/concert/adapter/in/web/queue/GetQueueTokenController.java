package com.concert.adapter.in.web.queue;

import com.concert.adapter.in.web.error.ApiError;
import com.concert.adapter.in.web.openapi.ErrorResponses;
import com.concert.application.port.in.GetQueueTokenUseCase;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class GetQueueTokenController {

  private final GetQueueTokenUseCase getQueueToken;
  private final QueueMapper mapper;

  public GetQueueTokenController(GetQueueTokenUseCase getQueueToken, QueueMapper mapper) {
    this.getQueueToken = getQueueToken;
    this.mapper = mapper;
  }

  @Operation(summary = "The token's current status and place in line")
  @ErrorResponses({ApiError.TOKEN_INVALID})
  @GetMapping("/api/token")
  public QueueTokenResponse get(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
    return mapper.toResponse(getQueueToken.get(QueueTokenHeader.tokenFrom(authorization)));
  }
}
