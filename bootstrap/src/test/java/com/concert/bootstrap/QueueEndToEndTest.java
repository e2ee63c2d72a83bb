package com.concert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The queue with room for two: the first two users are admitted, the rest wait in order, a waiting
 * token cannot book, and when the active tokens expire the head of the line is admitted within the
 * contract's two seconds. One test, because the whole scenario shares the service's two slots.
 */
@ServiceTest(properties = {"concert.queue.max-active-users=2", "concert.queue.active-ttl=PT3S"})
class QueueEndToEndTest {

  @LocalServerPort int port;

  @Test
  void twoAreAdmittedThreeWaitInOrderAndTheHeadGetsAnExpiredSlot() throws Exception {
    var api = new HttpApi(port);
    var tokens = new ArrayList<HttpApi.Response>();
    for (long user = 101; user <= 105; user++) {
      var response = api.post("/api/token/create", Map.of("id", user));
      assertThat(response.status()).as(response.toString()).isEqualTo(200);
      tokens.add(response);
    }

    assertThat(tokens.stream().map(t -> t.json().get("status").asString()).toList())
        .containsExactly("ACTIVE", "ACTIVE", "WAITING", "WAITING", "WAITING");
    assertThat(tokens.stream().map(t -> t.json().get("position").asLong()).toList())
        .containsExactly(0L, 0L, 1L, 2L, 3L);
    assertThat(tokens.stream().map(t -> t.json().get("userId").asLong()).toList())
        .containsExactly(101L, 102L, 103L, 104L, 105L);
    var head = tokens.get(2).json();
    assertThat(head.get("expiresAt").isNull()).isTrue();
    assertThat(head.get("estimatedWaitSeconds").asLong()).isPositive();
    assertThat(tokens.get(0).json().get("expiresAt").isNull()).isFalse();
    assertThat(tokens.get(0).json().get("estimatedWaitSeconds").asLong()).isZero();

    var again = api.post("/api/token/create", Map.of("id", 103));
    assertThat(again.json().get("token").asString()).isEqualTo(head.get("token").asString());
    assertThat(again.json().get("position").asLong()).isEqualTo(1);

    var polled = api.get("/api/token", "Authorization", "Bearer " + token(tokens.get(3)));
    assertThat(polled.json().get("status").asString()).isEqualTo("WAITING");
    assertThat(polled.json().get("position").asLong()).isEqualTo(2);

    var refused =
        api.get("/api/reservation/dates", "Authorization", "Bearer " + token(tokens.get(2)));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.code()).isEqualTo("TOKEN_NOT_ACTIVE");
    assertThat(refused.json().get("position").asLong()).isEqualTo(1);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");

    var admitted = api.get("/api/reservation/dates", "Authorization", token(tokens.get(0)));
    assertThat(admitted.status()).as(admitted.toString()).isEqualTo(400);
    assertThat(admitted.code()).isEqualTo("INVALID_REQUEST");

    var expiry = Instant.parse(tokens.get(1).json().get("expiresAt").asString());
    var deadline = expiry.plusSeconds(2);
    var headStatus = pollUntilActive(api, token(tokens.get(2)), deadline);
    assertThat(headStatus).isEqualTo("ACTIVE");
    assertThat(pollUntilActive(api, token(tokens.get(3)), deadline)).isEqualTo("ACTIVE");

    var last = api.get("/api/token", "Authorization", "Bearer " + token(tokens.get(4)));
    assertThat(last.json().get("status").asString()).isEqualTo("WAITING");
    assertThat(last.json().get("position").asLong()).isEqualTo(1);

    var expired = api.get("/api/token", "Authorization", "Bearer " + token(tokens.get(0)));
    assertThat(expired.status()).isEqualTo(401);
    assertThat(expired.code()).isEqualTo("TOKEN_INVALID");
  }

  /** Polls as a client would, and gives the last status seen once active or past the deadline. */
  private static String pollUntilActive(HttpApi api, String token, Instant deadline)
      throws InterruptedException {
    String status;
    do {
      status =
          api.get("/api/token", "Authorization", "Bearer " + token)
              .json()
              .path("status")
              .asString(null);
      if ("ACTIVE".equals(status)) {
        return status;
      }
      Thread.sleep(100);
    } while (Instant.now().isBefore(deadline));
    return status;
  }

  private static String token(HttpApi.Response response) {
    return response.json().get("token").asString();
  }
}
