package com.concert.bootstrap;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for end-to-end tests: real requests over loopback, JSON in and out. */
public final class HttpApi {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  public HttpApi(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  public Response get(String path, String... headers) {
    return send("GET", path, null, headers);
  }

  public Response post(String path, Object body, String... headers) {
    return send("POST", path, body == null ? null : json(body), headers);
  }

  public Response postRaw(String path, String body, String... headers) {
    return send("POST", path, body, headers);
  }

  public Response delete(String path, String... headers) {
    return send("DELETE", path, null, headers);
  }

  /** Sends {@code body} as is; {@code headers} alternate names and values. */
  public Response send(String method, String path, String body, String... headers) {
    var request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    var names = new ArrayList<String>();
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
      names.add(headers[i].toLowerCase());
    }
    if (body != null && !names.contains("content-type")) {
      request.header("Content-Type", "application/json");
    }
    try {
      var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.headers().map(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The {@code Authorization} value of a new user's queue token, which must be ACTIVE at once. */
  public String newActiveToken() {
    var user = ThreadLocalRandom.current().nextLong(1, 1_000_000_000_000L);
    var issued = post("/api/token/create", Map.of("id", user));
    if (!"ACTIVE".equals(issued.json().path("status").asString(null))) {
      throw new IllegalStateException("expected an active token at once, got " + issued);
    }
    return bearerOf(issued);
  }

  /** The {@code Authorization} value of the user's queue token, active or waiting. */
  public String tokenOf(long user) {
    return bearerOf(post("/api/token/create", Map.of("id", user)));
  }

  private static String bearerOf(Response issued) {
    if (issued.status() != 200) {
      throw new IllegalStateException("expected a token, got " + issued);
    }
    return "Bearer " + issued.json().get("token").asString();
  }

  public static String json(Object value) {
    return JSON.writeValueAsString(value);
  }

  public record Response(int status, Map<String, List<String>> headers, String text) {

    public JsonNode json() {
      return text == null || text.isEmpty() ? JSON.nullNode() : JSON.readTree(text);
    }

    public String header(String name) {
      return headers.entrySet().stream()
          .filter(entry -> entry.getKey().equalsIgnoreCase(name))
          .map(entry -> entry.getValue().get(0))
          .findFirst()
          .orElse(null);
    }

    /** The problem's {@code code}, for error responses. */
    public String code() {
      return json().path("code").asString(null);
    }

    @Override
    public String toString() {
      return status + " " + text;
    }
  }
}
