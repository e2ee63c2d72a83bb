package com.concert.adapter.in.web.reservation;

import com.concert.adapter.in.web.error.ApiError;
import com.concert.adapter.in.web.openapi.ErrorResponses;
import com.concert.adapter.in.web.queue.QueueUser;
import com.concert.application.port.in.HoldSeatUseCase;
import com.concert.domain.shared.UserId;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class HoldSeatController {

  private final HoldSeatUseCase holdSeat;
  private final ReservationMapper mapper;

  public HoldSeatController(HoldSeatUseCase holdSeat, ReservationMapper mapper) {
    this.holdSeat = holdSeat;
    this.mapper = mapper;
  }

  @Operation(summary = "Hold a seat for the token's user")
  @ErrorResponses({
    ApiError.CONCERT_NOT_FOUND,
    ApiError.SCHEDULE_NOT_FOUND,
    ApiError.SEAT_NOT_FOUND,
    ApiError.SEAT_UNAVAILABLE,
    ApiError.HOLD_LIMIT_REACHED
  })
  @PostMapping("/api/reservation/reserve")
  public ReservationResponse holdSeat(
      @Valid @RequestBody HoldSeatRequest request, @QueueUser UserId user) {
    return mapper.toResponse(holdSeat.holdSeat(mapper.toCommand(request, user)));
  }
}
