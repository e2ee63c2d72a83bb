package com.concert.adapter.in.web.queue;

import com.concert.application.port.in.IssueQueueTokenUseCase;
import com.concert.domain.shared.UserId;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class IssueQueueTokenController {

  private final IssueQueueTokenUseCase issueQueueToken;
  private final QueueMapper mapper;

  public IssueQueueTokenController(IssueQueueTokenUseCase issueQueueToken, QueueMapper mapper) {
    this.issueQueueToken = issueQueueToken;
    this.mapper = mapper;
  }

  @Operation(
      summary =
          "Take a place in the waiting queue, or get back the live token the user already has")
  @PostMapping("/api/token/create")
  public QueueTokenResponse issue(@Valid @RequestBody IssueTokenRequest request) {
    return mapper.toResponse(issueQueueToken.issue(new UserId(request.id())));
  }
}
