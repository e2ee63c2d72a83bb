package com.concert.adapter.in.web.reservation;

import com.concert.adapter.in.web.queue.QueueUser;
import com.concert.application.port.in.ListReservationsUseCase;
import com.concert.application.port.in.QueuePass.Access;
import com.concert.domain.shared.UserId;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ListReservationsController {

  private final ListReservationsUseCase listReservations;
  private final ReservationMapper mapper;

  public ListReservationsController(
      ListReservationsUseCase listReservations, ReservationMapper mapper) {
    this.listReservations = listReservations;
    this.mapper = mapper;
  }

  /** Waiting users and those who just finished paying may read theirs too, without queueing. */
  @Operation(summary = "The token user's reservations, newest first")
  @GetMapping("/api/reservations")
  public List<ReservationResponse> listReservations(
      @QueueUser(accept = {Access.ACTIVE, Access.WAITING, Access.FINISHED}) UserId user) {
    return mapper.toResponses(listReservations.listReservations(user));
  }
}
