package com.concert.adapter.in.web.catalog;

import com.concert.application.port.in.ListConcertsUseCase;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ListConcertsController {

  private final ListConcertsUseCase listConcerts;
  private final CatalogMapper mapper;

  public ListConcertsController(ListConcertsUseCase listConcerts, CatalogMapper mapper) {
    this.listConcerts = listConcerts;
    this.mapper = mapper;
  }

  @GetMapping("/api/concerts")
  public List<ConcertResponse> listConcerts() {
    return mapper.toConcertResponses(listConcerts.listConcerts());
  }
}
