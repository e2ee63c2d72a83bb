package com.concert.adapter.in.web.catalog;

import com.concert.application.port.in.CreateConcertUseCase;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CreateConcertController {

  private final CreateConcertUseCase createConcert;
  private final CatalogMapper mapper;

  public CreateConcertController(CreateConcertUseCase createConcert, CatalogMapper mapper) {
    this.createConcert = createConcert;
    this.mapper = mapper;
  }

  @Operation(summary = "Add a concert with its shows")
  @PostMapping("/api/admin/concerts")
  @ResponseStatus(HttpStatus.CREATED)
  public ConcertResponse createConcert(@Valid @RequestBody CreateConcertRequest request) {
    return mapper.toResponse(createConcert.createConcert(mapper.toCommand(request)));
  }
}
