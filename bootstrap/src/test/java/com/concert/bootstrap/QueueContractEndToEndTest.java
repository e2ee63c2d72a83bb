package com.concert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The token endpoints' shapes and refusals, on a service with room for everyone. */
@ServiceTest
class QueueContractEndToEndTest {

  @LocalServerPort int port;

  long newUser() {
    return ThreadLocalRandom.current().nextLong(1, 1_000_000_000L);
  }

  @Test
  void aTokenIsIssuedActiveAndReadBackWithEitherHeaderForm() {
    var api = new HttpApi(port);
    var user = newUser();

    var issued = api.post("/api/token/create", Map.of("id", user));

    assertThat(issued.status()).isEqualTo(200);
    var body = issued.json();
    assertThat(body.propertyNames())
        .containsExactlyInAnyOrder(
            "token", "userId", "status", "position", "estimatedWaitSeconds", "expiresAt");
    assertThat(body.get("token").asString()).matches("[A-Za-z0-9_-]{43}");
    assertThat(body.get("status").asString()).isEqualTo("ACTIVE");
    var token = body.get("token").asString();
    var bearer = api.get("/api/token", "Authorization", "Bearer " + token);
    var bare = api.get("/api/token", "Authorization", token);
    assertThat(bearer.status()).isEqualTo(200);
    assertThat(bearer.json().get("userId").asLong()).isEqualTo(user);
    assertThat(bare.json()).isEqualTo(bearer.json());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "{\"id\": 0}",
        "{\"id\": -5}",
        "{\"id\": \"42\"}",
        "{\"id\": 1.5}",
        "{\"id\": 1e2}",
        "{\"id\": 99999999999999999999}",
        "{\"id\": null}",
        "[1]",
        "{\"id\": 42} trailing"
      })
  void aRequestWithoutAPositiveIntegerIdIsRefused(String body) {
    var response = new HttpApi(port).postRaw("/api/token/create", body);

    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(response.code()).isEqualTo("INVALID_REQUEST");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Bearer ",
        "Bearer not-a-token",
        "Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "Basic dXNlcjpwYXNz"
      })
  void anUnknownOrMalformedTokenIsUnauthorized(String authorization) {
    var api = new HttpApi(port);

    for (var path : new String[] {"/api/token", "/api/reservation/dates"}) {
      var response = api.get(path, "Authorization", authorization);
      assertThat(response.status()).as(path + " " + response).isEqualTo(401);
      assertThat(response.code()).isEqualTo("TOKEN_INVALID");
    }
  }

  @Test
  void withoutATokenTheBookingReadsAreUnauthorized() {
    var api = new HttpApi(port);

    assertThat(api.get("/api/token").code()).isEqualTo("TOKEN_INVALID");
    assertThat(api.get("/api/reservation/dates").status()).isEqualTo(401);
    assertThat(api.get("/api/reservation/seats?date=2030-01-01").status()).isEqualTo(401);
  }
}
