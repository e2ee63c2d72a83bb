package com.concert.adapter.in.web.reservation;

import com.concert.adapter.in.web.error.ApiError;
import com.concert.adapter.in.web.openapi.ErrorResponses;
import com.concert.adapter.in.web.queue.QueueUser;
import com.concert.application.port.in.CancelReservationCommand;
import com.concert.application.port.in.CancelReservationUseCase;
import com.concert.domain.reservation.ReservationId;
import com.concert.domain.shared.UserId;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CancelReservationController {

  private final CancelReservationUseCase cancelReservation;
  private final ReservationMapper mapper;

  public CancelReservationController(
      CancelReservationUseCase cancelReservation, ReservationMapper mapper) {
    this.cancelReservation = cancelReservation;
    this.mapper = mapper;
  }

  @Operation(summary = "Cancel one of the token user's holds")
  @ErrorResponses({ApiError.RESERVATION_NOT_FOUND, ApiError.RESERVATION_NOT_HELD})
  @DeleteMapping("/api/reservations/{id}")
  public ReservationResponse cancelReservation(
      @PathVariable("id") ReservationId id, @QueueUser UserId user) {
    return mapper.toResponse(
        cancelReservation.cancelReservation(new CancelReservationCommand(user, id)));
  }
}
