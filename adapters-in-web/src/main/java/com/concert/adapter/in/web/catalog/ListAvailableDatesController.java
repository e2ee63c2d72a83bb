package com.concert.adapter.in.web.catalog;

import com.concert.adapter.in.web.error.ApiError;
import com.concert.adapter.in.web.openapi.ErrorResponses;
import com.concert.adapter.in.web.queue.QueueUser;
import com.concert.application.port.in.ListAvailableDatesUseCase;
import com.concert.domain.concert.ConcertId;
import com.concert.domain.shared.UserId;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ListAvailableDatesController {

  private final ListAvailableDatesUseCase listAvailableDates;
  private final CatalogMapper mapper;

  public ListAvailableDatesController(
      ListAvailableDatesUseCase listAvailableDates, CatalogMapper mapper) {
    this.listAvailableDates = listAvailableDates;
    this.mapper = mapper;
  }

  /** Only users admitted from the queue see the seats: the parameter is the guard. */
  @Operation(summary = "The dates of a concert that still have an available seat")
  @ErrorResponses({ApiError.CONCERT_NOT_FOUND})
  @GetMapping("/api/reservation/dates")
  public List<AvailableDateResponse> listAvailableDates(
      @RequestParam(required = false) ConcertId concertId, @QueueUser UserId activeUser) {
    var concert = Optional.ofNullable(concertId);
    return mapper.toDateResponses(listAvailableDates.listAvailableDates(concert));
  }
}
