package com.concert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The benchmark's empty endpoint is there only when asked for. */
class EmptyEndpointEndToEndTest {

  @Nested
  @ServiceTest
  class ByDefault {

    @LocalServerPort int port;

    @Test
    void theServiceHasNoEmptyEndpoint() {
      assertThat(new HttpApi(port).get(EmptyEndpoint.PATH).status()).isEqualTo(404);
    }
  }

  @Nested
  @ServiceTest(properties = "concert.benchmark.empty-endpoint=true")
  class WhenEnabled {

    @LocalServerPort int port;

    @Test
    void itAnswersAFixedBodyWithoutAToken() {
      var response = new HttpApi(port).get(EmptyEndpoint.PATH);

      assertThat(response.status()).isEqualTo(200);
      assertThat(response.text()).isEqualTo("{\"status\":\"OK\"}");
    }
  }
}
