package com.concert.adapter.in.web.catalog;

import com.concert.application.port.in.ListConcertsUseCase;
import io.swagger.v3.oas.annotations.Operation;
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

  @Operation(summary = "Every concert with its dates from today on")
  @GetMapping("/api/concerts")
  public List<ConcertResponse> listConcerts() {
    return mapper.toConcertResponses(listConcerts.listConcerts());
  }
}
