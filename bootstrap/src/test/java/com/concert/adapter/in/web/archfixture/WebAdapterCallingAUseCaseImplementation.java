package com.concert.adapter.in.web.archfixture;

import com.concert.application.service.ListConcertsService;

/**
 * Planted violation: a controller bound to a use case's implementation. Never part of the service.
 */
public class WebAdapterCallingAUseCaseImplementation {

  private final ListConcertsService service;

  public WebAdapterCallingAUseCaseImplementation(ListConcertsService service) {
    this.service = service;
  }

  public int count() {
    return service.listConcerts().size();
  }
}
