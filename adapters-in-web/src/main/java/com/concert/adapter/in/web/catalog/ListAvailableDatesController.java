package com.concert.adapter.in.web.catalog;

import com.concert.application.port.in.ListAvailableDatesUseCase;
import com.concert.domain.concert.ConcertId;
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

  @GetMapping("/api/reservation/dates")
  public List<AvailableDateResponse> listAvailableDates(
      @RequestParam(required = false) Long concertId) {
    var concert = Optional.ofNullable(concertId).map(ConcertId::new);
    return mapper.toDateResponses(listAvailableDates.listAvailableDates(concert));
  }
}
