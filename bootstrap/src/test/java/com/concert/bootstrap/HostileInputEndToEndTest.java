package com.concert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every endpoint of the contract against hostile input: malformed JSON, wrong types, numbers beyond
 * {@code long}, zero and negative ids, absurd strings, deep nesting, a body of several megabytes,
 * wrong media types, methods and paths, and forged headers. Each answers a {@code 4xx} problem with
 * the contract's code, no trace of the implementation, and the database exactly as it was.
 *
 * <p>Each request carries the credentials its endpoint needs (an ACTIVE token, the admin key), so
 * the refusal comes from the input itself. The service has its own database and no background
 * change within the test's time (tokens and holds last an hour); only the queue's measured pace,
 * which the admission job rewrites twice a second, is left out of the comparison.
 */
@ServiceTest(properties = {"concert.queue.active-ttl=PT1H", "concert.reservation.hold-ttl=PT1H"})
class HostileInputEndToEndTest {

  static final String SHOW = BookingApi.TODAY.plusDays(3).toString();
  static final String OTHER_SHOW = BookingApi.TODAY.plusDays(4).toString();
  static final int SEVERAL_MEGABYTES = 4 * 1024 * 1024;

  enum Guard {
    NONE,
    TOKEN,
    ADMIN
  }

  /** A field of a JSON body: its valid raw JSON, and the code a non-positive number gets. */
  record Field(String name, String valid, Kind kind, boolean required, String nonPositiveCode) {}

  enum Kind {
    INTEGER,
    DATE,
    TEXT,
    OTHER
  }

  /**
   * An endpoint; {@code path} has its valid query. Placeholders in paths and bodies ({@code
   * {concert}}, {@code {user}}, {@code {reservation}}) are filled from the fixture when sent.
   */
  record Endpoint(String method, String path, Guard guard, List<Field> body) {

    String pathOnly() {
      var query = path.indexOf('?');
      return query < 0 ? path : path.substring(0, query);
    }

    String validBody() {
      return body.stream()
          .map(field -> "\"" + field.name() + "\": " + field.valid())
          .collect(Collectors.joining(", ", "{", "}"));
    }

    String bodyWith(Field replaced, String raw) {
      return body.stream()
          .map(
              field ->
                  "\""
                      + field.name()
                      + "\": "
                      + (field.name().equals(replaced.name()) ? raw : field.valid()))
          .collect(Collectors.joining(", ", "{", "}"));
    }

    @Override
    public String toString() {
      return method + " " + pathOnly();
    }
  }

  /** One hostile request and the refusal it must get. */
  record Hostile(
      Endpoint endpoint,
      String what,
      String method,
      String path,
      String body,
      String contentType,
      List<String> headers,
      int status,
      String code) {}

  static final Field CONCERT_ID = new Field("concertId", "{concert}", Kind.INTEGER, false, null);

  static final List<Endpoint> ENDPOINTS =
      List.of(
          new Endpoint(
              "POST",
              "/api/token/create",
              Guard.NONE,
              List.of(new Field("id", "{newUser}", Kind.INTEGER, true, "INVALID_REQUEST"))),
          new Endpoint("GET", "/api/token", Guard.TOKEN, List.of()),
          new Endpoint("GET", "/api/concerts", Guard.NONE, List.of()),
          new Endpoint("GET", "/api/reservation/dates?concertId={concert}", Guard.TOKEN, List.of()),
          new Endpoint(
              "GET",
              "/api/reservation/seats?concertId={concert}&date=" + SHOW,
              Guard.TOKEN,
              List.of()),
          new Endpoint(
              "POST",
              "/api/reservation/reserve",
              Guard.TOKEN,
              List.of(
                  CONCERT_ID,
                  new Field("concertDate", "\"" + SHOW + "\"", Kind.DATE, true, null),
                  new Field("seatNo", "2", Kind.INTEGER, true, "INVALID_REQUEST"))),
          new Endpoint("GET", "/api/reservations", Guard.TOKEN, List.of()),
          new Endpoint("DELETE", "/api/reservations/{reservation}", Guard.TOKEN, List.of()),
          new Endpoint("GET", "/api/charge?userId={user}", Guard.NONE, List.of()),
          new Endpoint(
              "GET",
              "/api/charge",
              Guard.NONE,
              List.of(new Field("id", "{user}", Kind.INTEGER, true, "INVALID_REQUEST"))),
          new Endpoint(
              "POST",
              "/api/charge",
              Guard.NONE,
              List.of(
                  new Field("userId", "{user}", Kind.INTEGER, true, "INVALID_REQUEST"),
                  new Field("amount", "1000", Kind.INTEGER, true, "INVALID_AMOUNT"))),
          new Endpoint(
              "POST",
              "/api/payment",
              Guard.TOKEN,
              List.of(
                  new Field("reservationId", "{reservation}", Kind.INTEGER, false, null),
                  new Field("amount", "1000", Kind.INTEGER, false, "INVALID_AMOUNT"),
                  new Field("userId", "{user}", Kind.INTEGER, false, "INVALID_REQUEST"))),
          new Endpoint(
              "POST",
              "/api/admin/concerts",
              Guard.ADMIN,
              List.of(
                  new Field("title", "\"Hostile\"", Kind.TEXT, true, null),
                  new Field(
                      "schedules",
                      "[{\"date\": \"" + OTHER_SHOW + "\", \"seatCount\": 3, \"price\": 1000}]",
                      Kind.OTHER,
                      true,
                      null))),
          new Endpoint("GET", "/api/admin/audit", Guard.ADMIN, List.of()));

  @LocalServerPort int port;
  @Autowired DSLContext dsl;
  HttpApi api;

  /** What the hostile requests aim at, made once for the service. */
  static Map<String, String> fixture;

  static int fixturePort;

  @BeforeEach
  void aConcertAFanWithAHoldAndAWallet() {
    api = new HttpApi(port);
    if (fixture != null && fixturePort == port) {
      return;
    }
    var booking = new BookingApi(port);
    var concert = booking.createConcert(BookingApi.TODAY.plusDays(3), 5, 1000);
    var user = BookingApi.newUserId();
    var issued = api.post("/api/token/create", Map.of("id", user));
    var token = "Bearer " + issued.json().get("token").asString();
    var reservation = booking.hold(token, concert, BookingApi.TODAY.plusDays(3), 1);
    api.post("/api/charge", Map.of("userId", user, "amount", 5000));
    fixture =
        Map.of(
            "{concert}", String.valueOf(concert),
            "{user}", String.valueOf(user),
            "{newUser}", String.valueOf(BookingApi.newUserId()),
            "{reservation}", String.valueOf(reservation),
            "{token}", token);
    fixturePort = port;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("battery")
  void isRefusedWithAProblemAndChangesNothing(String name, Hostile hostile) {
    var before = tables();

    var response = send(hostile);

    assertThat(response.status()).as(name + ": " + response).isEqualTo(hostile.status());
    assertThat(response.header("Content-Type")).as(name).startsWith("application/problem+json");
    var problem = response.json();
    assertThat(problem.get("code").asString()).as(name).isEqualTo(hostile.code());
    assertThat(ErrorTable.STATUS_BY_CODE).containsEntry(hostile.code(), hostile.status());
    assertThat(problem.get("status").asInt()).isEqualTo(hostile.status());
    assertThat(problem.get("type").asString()).startsWith("https://");
    assertThat(problem.get("title").asString()).isNotBlank();
    assertThat(problem.get("detail").isString()).isTrue();
    assertThat(response.text())
        .doesNotContain("Exception", "java.", "at com.", "at org.", "springframework", "trace");
    assertThat(tables()).as(name + " left the tables as they were").isEqualTo(before);
  }

  static Stream<Arguments> battery() {
    var cases = new ArrayList<Hostile>();
    for (var endpoint : ENDPOINTS) {
      cases.add(request(endpoint, "PUT", endpoint.path(), null, 405, "METHOD_NOT_ALLOWED", "PUT"));
      cases.add(
          request(
              endpoint,
              endpoint.method(),
              endpoint.pathOnly() + "/nowhere/at/all",
              null,
              404,
              "NOT_FOUND",
              "an unknown path"));
      if (!endpoint.body().isEmpty()) {
        bodies(endpoint, cases);
      }
    }
    parameters(cases);
    headers(cases);
    return cases.stream()
        .map(hostile -> Arguments.of(hostile.endpoint() + " with " + hostile.what(), hostile));
  }

  private static void bodies(Endpoint endpoint, List<Hostile> cases) {
    var valid = endpoint.validBody();
    var deep = "[".repeat(1001) + "]".repeat(1001);
    var wholeBodies = new LinkedHashMap<String, String>();
    wholeBodies.put("malformed JSON", "{\"");
    wholeBodies.put("a cut-off body", valid.substring(0, valid.length() - 1));
    wholeBodies.put("data after the document", valid + " {}");
    wholeBodies.put("an array", "[" + valid + "]");
    wholeBodies.put("a number", "42");
    wholeBodies.put("a string", "\"" + valid.replace("\"", "'") + "\"");
    wholeBodies.put("nesting 1001 deep in an unknown field", "{\"deep\": " + deep + "}");
    wholeBodies.put("nesting 5000 deep", "[".repeat(5000) + "]".repeat(5000));
    if (!endpoint.path().equals("/api/payment")) {
      wholeBodies.put("no body", "");
      wholeBodies.put("null", "null");
    }
    wholeBodies.forEach(
        (what, body) ->
            cases.add(
                request(
                    endpoint,
                    endpoint.method(),
                    endpoint.path(),
                    body,
                    400,
                    "INVALID_REQUEST",
                    what)));
    cases.add(
        request(
            endpoint,
            endpoint.method(),
            endpoint.path(),
            valid + " ".repeat(SEVERAL_MEGABYTES),
            413,
            "PAYLOAD_TOO_LARGE",
            "a body of several megabytes"));
    for (var type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")) {
      cases.add(
          new Hostile(
              endpoint,
              "a body of " + type,
              endpoint.method(),
              endpoint.path(),
              valid,
              type,
              guard(endpoint),
              415,
              "UNSUPPORTED_MEDIA_TYPE"));
    }
    for (var field : endpoint.body()) {
      for (var raw : hostileValues(field)) {
        var code =
            (raw.equals("0") || raw.equals("-1")) && field.nonPositiveCode() != null
                ? field.nonPositiveCode()
                : "INVALID_REQUEST";
        cases.add(
            request(
                endpoint,
                endpoint.method(),
                endpoint.path(),
                endpoint.bodyWith(field, raw),
                400,
                code,
                field.name() + " = " + abbreviated(raw)));
      }
    }
    if (endpoint.path().equals("/api/admin/concerts")) {
      var title = endpoint.body().get(0);
      for (var show :
          List.of(
              "{\"date\": \"" + OTHER_SHOW + "\", \"seatCount\": 0, \"price\": 1000}",
              "{\"date\": \"" + OTHER_SHOW + "\", \"seatCount\": \"3\", \"price\": 1000}",
              "{\"date\": \"" + OTHER_SHOW + "\", \"seatCount\": 99999999999, \"price\": 1000}",
              "{\"date\": \"" + OTHER_SHOW + "\", \"seatCount\": 3, \"price\": -1}",
              "{\"date\": \"" + OTHER_SHOW + "\", \"seatCount\": 3, \"price\": 1.5}",
              "{\"date\": \""
                  + OTHER_SHOW
                  + "\", \"seatCount\": 3,"
                  + " \"price\": 99999999999999999999}",
              "{\"date\": \"2000-01-01\", \"seatCount\": 3, \"price\": 1000}",
              "{\"date\": \"2026-02-30\", \"seatCount\": 3, \"price\": 1000}",
              "{\"seatCount\": 3, \"price\": 1000}")) {
        cases.add(
            request(
                endpoint,
                "POST",
                endpoint.path(),
                "{\"title\": " + title.valid() + ", \"schedules\": [" + show + "]}",
                400,
                "INVALID_REQUEST",
                "a show " + show));
      }
    }
  }

  private static List<String> hostileValues(Field field) {
    var values = new ArrayList<String>();
    switch (field.kind()) {
      case INTEGER ->
          values.addAll(
              List.of(
                  "\"1\"",
                  "1.5",
                  "1e2",
                  "99999999999999999999",
                  "-99999999999999999999",
                  "-1",
                  "0",
                  "true",
                  "[]",
                  "{}"));
      case DATE ->
          values.addAll(
              List.of(
                  "\"2026-02-30\"",
                  "\"tomorrow\"",
                  "\"\"",
                  "20261224",
                  "\"\u0000\"",
                  "\"" + "9".repeat(100_000) + "\""));
      case TEXT ->
          values.addAll(
              List.of(
                  "123", "true", "\"\"", "\"a\u0000b\"", "\"" + "x".repeat(100_000) + "\"", "[]"));
      case OTHER -> values.addAll(List.of("[]", "\"shows\"", "42", "{}"));
    }
    if (field.required()) {
      values.add("null");
    }
    return values;
  }

  private static void parameters(List<Hostile> cases) {
    var absurd = "9".repeat(5_000);
    var dates = ENDPOINTS.get(3);
    var seats = ENDPOINTS.get(4);
    var balance = ENDPOINTS.get(8);
    var cancel = ENDPOINTS.get(7);
    for (var id :
        List.of("0", "-1", "abc", "99999999999999999999", "1.5", "%00", "%2F", "..%2F..", absurd)) {
      cases.add(
          request(
              dates,
              "GET",
              "/api/reservation/dates?concertId=" + id,
              null,
              400,
              "INVALID_REQUEST",
              "concertId=" + abbreviated(id)));
      cases.add(
          request(
              seats,
              "GET",
              "/api/reservation/seats?date=" + SHOW + "&concertId=" + id,
              null,
              400,
              "INVALID_REQUEST",
              "concertId=" + abbreviated(id)));
      cases.add(
          request(
              balance,
              "GET",
              "/api/charge?userId=" + id,
              null,
              400,
              "INVALID_REQUEST",
              "userId=" + abbreviated(id)));
      cases.add(
          request(
              cancel,
              "DELETE",
              "/api/reservations/" + id,
              null,
              400,
              "INVALID_REQUEST",
              "id " + abbreviated(id)));
    }
    for (var date : List.of("2026-02-30", "tomorrow", "", "99999-12-31", "%00", absurd)) {
      cases.add(
          request(
              seats,
              "GET",
              "/api/reservation/seats?concertId={concert}&date=" + date,
              null,
              400,
              "INVALID_REQUEST",
              "date=" + abbreviated(date)));
    }
  }

  private static void headers(List<Hostile> cases) {
    var forged =
        List.of(
            "Bearer " + "A".repeat(6_000),
            "Bearer ../../etc/passwd",
            "Bearer ' OR 1=1 --",
            "Bearer {token}x",
            "Basic dXNlcjpwYXNz");
    for (var endpoint : ENDPOINTS) {
      if (endpoint.guard() == Guard.TOKEN) {
        for (var authorization : forged) {
          cases.add(
              new Hostile(
                  endpoint,
                  "Authorization: " + abbreviated(authorization),
                  endpoint.method(),
                  endpoint.path(),
                  endpoint.body().isEmpty() ? null : endpoint.validBody(),
                  null,
                  List.of("Authorization", authorization),
                  401,
                  "TOKEN_INVALID"));
        }
      }
      if (endpoint.guard() == Guard.ADMIN) {
        cases.add(
            new Hostile(
                endpoint,
                "a forged admin key of 6000 characters",
                endpoint.method(),
                endpoint.path(),
                endpoint.body().isEmpty() ? null : endpoint.validBody(),
                null,
                List.of("X-Admin-Key", "x".repeat(6_000)),
                401,
                "ADMIN_KEY_INVALID"));
      }
    }
    for (var endpoint : List.of(ENDPOINTS.get(10), ENDPOINTS.get(11))) {
      for (var key : List.of("k".repeat(256), "two words", "tab\there")) {
        var headers = new ArrayList<>(guard(endpoint));
        headers.addAll(List.of("Idempotency-Key", key));
        cases.add(
            new Hostile(
                endpoint,
                "Idempotency-Key: " + abbreviated(key),
                "POST",
                endpoint.path(),
                endpoint.validBody(),
                null,
                headers,
                400,
                "INVALID_REQUEST"));
      }
    }
  }

  private static Hostile request(
      Endpoint endpoint,
      String method,
      String path,
      String body,
      int status,
      String code,
      String what) {
    return new Hostile(endpoint, what, method, path, body, null, guard(endpoint), status, code);
  }

  private static List<String> guard(Endpoint endpoint) {
    return switch (endpoint.guard()) {
      case NONE -> List.of();
      case TOKEN -> List.of("Authorization", "{token}");
      case ADMIN -> List.of("X-Admin-Key", ServiceTest.ADMIN_KEY);
    };
  }

  private static String abbreviated(String value) {
    return value.length() > 40
        ? value.substring(0, 12) + "... (" + value.length() + " chars)"
        : value;
  }

  private HttpApi.Response send(Hostile hostile) {
    var headers = new ArrayList<String>();
    hostile.headers().forEach(header -> headers.add(filled(header)));
    if (hostile.contentType() != null) {
      headers.addAll(List.of("Content-Type", hostile.contentType()));
    }
    var body = hostile.body() == null ? null : filled(hostile.body());
    return api.send(hostile.method(), filled(hostile.path()), body, headers.toArray(String[]::new));
  }

  private static String filled(String text) {
    var filled = text;
    for (var placeholder : fixture.entrySet()) {
      filled = filled.replace(placeholder.getKey(), placeholder.getValue());
    }
    return filled;
  }

  /** Each table's row count and a digest of its rows, but the queue's measured pace. */
  private Map<String, String> tables() {
    var digests = new TreeMap<String, String>();
    for (var table :
        dsl.fetch(
                "select table_name from information_schema.tables"
                    + " where table_schema = current_schema() and table_type = 'BASE TABLE'"
                    + " and table_name <> 'queue_state'")
            .getValues(0, String.class)) {
      digests.put(
          table,
          dsl.fetchSingle(
                  "select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by"
                      + " t::text)), '') from \""
                      + table
                      + "\" t")
              .get(0, String.class));
    }
    return digests;
  }
}
