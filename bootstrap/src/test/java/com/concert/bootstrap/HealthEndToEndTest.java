package com.concert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServiceTest
class HealthEndToEndTest {

  @LocalServerPort int port;

  @Test
  void aServiceThatCanServeRequestsIsUp() {
    var health = new HttpApi(port).get("/actuator/health");

    assertThat(health.status()).isEqualTo(200);
    assertThat(health.text()).isEqualTo("{\"status\":\"UP\"}");
  }
}
