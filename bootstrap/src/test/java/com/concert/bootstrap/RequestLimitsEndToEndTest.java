package com.concert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** The 1 MiB body limit holds on the real server, whether the body's length is declared or not. */
@ServiceTest
class RequestLimitsEndToEndTest {

  private static final int ONE_MIB = 1024 * 1024;

  @LocalServerPort int port;
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private String before;

  @BeforeEach
  void rememberTheCatalog() {
    before = new HttpApi(port).get("/api/concerts").text();
  }

  @Test
  void aBodyOverOneMebibyteWithItsLengthDeclaredIsTooLarge() throws Exception {
    var response = send(HttpRequest.BodyPublishers.ofByteArray(validBodyOf(ONE_MIB + 1)));

    assertTooLarge(response);
  }

  @Test
  void aChunkedBodyOverOneMebibyteIsTooLarge() throws Exception {
    var body = validBodyOf(ONE_MIB + 1);
    var response =
        send(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

    assertTooLarge(response);
  }

  private void assertTooLarge(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(JsonMapper.builder().build().readTree(response.body()).path("code").asString())
        .isEqualTo("PAYLOAD_TOO_LARGE");
    assertThat(new HttpApi(port).get("/api/concerts").text()).isEqualTo(before);
  }

  private HttpResponse<String> send(HttpRequest.BodyPublisher body) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/admin/concerts"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header("X-Admin-Key", ServiceTest.ADMIN_KEY)
            .POST(body)
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** A concert the service would create, padded with whitespace to {@code size} bytes. */
  private static byte[] validBodyOf(int size) {
    var date = LocalDate.now(ZoneId.of("Asia/Seoul")).plusDays(1);
    var body =
        "{\"title\": \"Too Large\", \"schedules\": [{\"date\": \""
            + date
            + "\", \"seatCount\": 1, \"price\": 1}]}";
    return (body + " ".repeat(size - body.length())).getBytes(StandardCharsets.UTF_8);
  }
}
