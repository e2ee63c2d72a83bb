package com.concert.adapter.in.web.catalog;

import com.concert.adapter.in.web.error.ApiError;
import com.concert.adapter.in.web.openapi.ErrorResponses;
import com.concert.adapter.in.web.queue.QueueUser;
import com.concert.application.port.in.ListSeatsQuery;
import com.concert.application.port.in.ListSeatsUseCase;
import com.concert.domain.concert.ConcertId;
import com.concert.domain.shared.UserId;
import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ListSeatsController {

  private final ListSeatsUseCase listSeats;
  private final CatalogMapper mapper;

  public ListSeatsController(ListSeatsUseCase listSeats, CatalogMapper mapper) {
    this.listSeats = listSeats;
    this.mapper = mapper;
  }

  /** Only users admitted from the queue see the seats: the parameter is the guard. */
  @Operation(summary = "Every seat of a show, with its status and price")
  @ErrorResponses({ApiError.CONCERT_NOT_FOUND, ApiError.SCHEDULE_NOT_FOUND})
  @GetMapping("/api/reservation/seats")
  public List<SeatResponse> listSeats(
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      @RequestParam(required = false) ConcertId concertId,
      @QueueUser UserId activeUser) {
    var query = new ListSeatsQuery(Optional.ofNullable(concertId), date);
    return mapper.toSeatResponses(listSeats.listSeats(query));
  }
}
