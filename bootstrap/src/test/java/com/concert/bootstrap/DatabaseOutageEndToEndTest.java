package com.concert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.concert.db.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service behind a relay that the test cuts and restores: while PostgreSQL is unreachable,
 * requests are refused with {@code 503 UNAVAILABLE} and {@code Retry-After}, health is {@code
 * DOWN}; once it is back, the service serves again without a restart.
 */
class DatabaseOutageEndToEndTest {

  static TestDatabase database;
  static TcpProxy proxy;
  static ConfigurableApplicationContext service;
  static HttpApi api;

  @BeforeAll
  static void start() throws Exception {
    database = TestDatabase.create();
    var url = database.jdbcUrl();
    var hostPort = url.substring("jdbc:postgresql://".length(), url.indexOf('/', 18));
    var host = hostPort.contains(":") ? hostPort.substring(0, hostPort.indexOf(':')) : hostPort;
    var targetPort =
        hostPort.contains(":")
            ? Integer.parseInt(hostPort.substring(hostPort.indexOf(':') + 1))
            : 5432;
    proxy = new TcpProxy(host, targetPort);
    var proxied = url.replace(hostPort, "127.0.0.1:" + proxy.port());
    // Arguments, not builder properties: those are defaults that application.yaml would override.
    service =
        new SpringApplicationBuilder(ConcertApplication.class)
            .web(WebApplicationType.SERVLET)
            .profiles("test")
            .run(
                "--server.port=0",
                "--spring.datasource.url=" + proxied,
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--spring.datasource.hikari.maximum-pool-size=3");
    api = new HttpApi(((WebServerApplicationContext) service).getWebServer().getPort());
  }

  @AfterAll
  static void stop() throws Exception {
    if (service != null) {
      SpringApplication.exit(service);
    }
    if (proxy != null) {
      proxy.close();
    }
    if (database != null) {
      database.close();
    }
  }

  @Test
  void anOutageIsA503WithRetryAfterAndTheServiceRecoversByItself() throws Exception {
    var before = api.get("/api/concerts");
    assertThat(before.status()).isEqualTo(200);
    assertThat(before.json().isEmpty()).as("a fresh database, not someone else's").isTrue();
    assertThat(api.get("/actuator/health").status()).isEqualTo(200);

    proxy.cut();

    var refused = api.get("/api/concerts");
    assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
    assertThat(refused.code()).isEqualTo("UNAVAILABLE");
    assertThat(refused.header("Retry-After")).isEqualTo("2");
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(refused.text()).doesNotContain("Exception").doesNotContain("jdbc");
    var token = api.post("/api/token/create", Map.of("id", 77));
    assertThat(token.status()).isEqualTo(503);
    var health = api.get("/actuator/health");
    assertThat(health.status()).isEqualTo(503);
    assertThat(health.json().get("status").asString()).isEqualTo("DOWN");

    proxy.restore();

    assertThat(eventually(() -> api.get("/api/concerts").status())).isEqualTo(200);
    assertThat(eventually(() -> api.get("/actuator/health").status())).isEqualTo(200);
    assertThat(api.post("/api/token/create", Map.of("id", 77)).status()).isEqualTo(200);
  }

  /** The pool reconnects on its own; give it a few attempts, as a retrying client would. */
  private static int eventually(Supplier<Integer> status) throws InterruptedException {
    var deadline = Instant.now().plus(Duration.ofSeconds(30));
    int last;
    do {
      last = status.get();
      if (last == 200) {
        return last;
      }
      Thread.sleep(250);
    } while (Instant.now().isBefore(deadline));
    return last;
  }
}
