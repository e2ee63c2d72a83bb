package com.concert.adapter.in.web.catalog;

import com.concert.adapter.in.web.queue.QueueUser;
import com.concert.application.port.in.ListAvailableDatesUseCase;
import com.concert.domain.concert.ConcertId;
import com.concert.domain.shared.UserId;
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
  @GetMapping("/api/reservation/dates")
  public List<AvailableDateResponse> listAvailableDates(
      @RequestParam(required = false) Long concertId, @QueueUser UserId activeUser) {
    var concert = Optional.ofNullable(concertId).map(ConcertId::new);
    return mapper.toDateResponses(listAvailableDates.listAvailableDates(concert));
  }
}
