package com.concert.bootstrap;

import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An endpoint that does no work: the benchmark measures it for the ceiling of the web stack alone
 * (Tomcat, the filters, Spring MVC, JSON), next to the endpoints that do. It is not part of the
 * contract and exists only with {@code concert.benchmark.empty-endpoint=true}.
 */
@RestController
@ConditionalOnBooleanProperty("concert.benchmark.empty-endpoint")
class EmptyEndpoint {

  static final String PATH = "/api/benchmark/empty";

  private static final Map<String, String> BODY = Map.of("status", "OK");

  @GetMapping(PATH)
  Map<String, String> empty() {
    return BODY;
  }
}
