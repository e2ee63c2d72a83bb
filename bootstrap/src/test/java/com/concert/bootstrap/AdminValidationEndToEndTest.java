package com.concert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every rule of the admin API refuses a bad concert with 400, and a refused one leaves no trace.
 */
@ServiceTest
class AdminValidationEndToEndTest {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Seoul"));
  private static final String EMOJI = "\uD83C\uDFB5";

  @LocalServerPort int port;
  @Autowired DSLContext dsl;
  HttpApi api;

  @BeforeEach
  void connect() {
    api = new HttpApi(port);
  }

  static Stream<Arguments> invalidConcerts() {
    return Stream.of(
        Arguments.of("no schedules", concert("Gala", List.of())),
        Arguments.of("no seat", concert("Gala", List.of(show(TODAY.plusDays(1), 0, 1000)))),
        Arguments.of("1001 seats", concert("Gala", List.of(show(TODAY.plusDays(1), 1001, 1000)))),
        Arguments.of("a price of -1", concert("Gala", List.of(show(TODAY.plusDays(1), 5, -1)))),
        Arguments.of(
            "a price of 100,000,001",
            concert("Gala", List.of(show(TODAY.plusDays(1), 5, 100_000_001)))),
        Arguments.of(
            "two shows on one date",
            concert(
                "Gala",
                List.of(
                    show(TODAY.plusDays(2), 5, 1000),
                    show(TODAY.plusDays(3), 5, 1000),
                    show(TODAY.plusDays(2), 7, 1000)))),
        Arguments.of(
            "a past date",
            concert(
                "Gala",
                List.of(show(TODAY.plusDays(1), 5, 1000), show(TODAY.minusDays(1), 5, 1000)))),
        Arguments.of("an empty title", concert("", List.of(show(TODAY.plusDays(1), 5, 1000)))),
        Arguments.of("a blank title", concert("   ", List.of(show(TODAY.plusDays(1), 5, 1000)))),
        Arguments.of(
            "a title of 201 characters",
            concert("a".repeat(201), List.of(show(TODAY.plusDays(1), 5, 1000)))),
        Arguments.of(
            "a title of 201 emoji",
            concert(EMOJI.repeat(201), List.of(show(TODAY.plusDays(1), 5, 1000)))),
        Arguments.of(
            "a seat count as a string",
            "{\"title\": \"Gala\", \"schedules\": [{\"date\": \""
                + TODAY.plusDays(1)
                + "\", \"seatCount\": \"5\", \"price\": 1000}]}"),
        Arguments.of(
            "a fractional price",
            "{\"title\": \"Gala\", \"schedules\": [{\"date\": \""
                + TODAY.plusDays(1)
                + "\", \"seatCount\": 5, \"price\": 1000.5}]}"),
        Arguments.of(
            "a number as the title",
            "{\"title\": 5, \"schedules\": [{\"date\": \""
                + TODAY.plusDays(1)
                + "\", \"seatCount\": 5, \"price\": 1000}]}"),
        Arguments.of(
            "a number as a date",
            "{\"title\": \"Gala\", \"schedules\": [{\"date\": 20261224, \"seatCount\": 5, \"price\": 1}]}"),
        Arguments.of("no title", "{\"schedules\": []}"),
        Arguments.of(
            "a NUL character in the title",
            "{\"title\": \"Ga\\u0000la\", \"schedules\": [{\"date\": \""
                + TODAY.plusDays(1)
                + "\", \"seatCount\": 5, \"price\": 1000}]}"),
        Arguments.of(
            "a date beyond what PostgreSQL stores",
            "{\"title\": \"Gala\", \"schedules\": [{\"date\": \"+9999999-01-01\", \"seatCount\": 5, \"price\": 1}]}"),
        Arguments.of(
            "a date in year 10000",
            "{\"title\": \"Gala\", \"schedules\": [{\"date\": \"+10000-01-01\", \"seatCount\": 5, \"price\": 1}]}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidConcerts")
  void anInvalidConcertIsRefusedAndChangesNothing(String what, String body) {
    var before = catalog();

    var response = api.postRaw("/api/admin/concerts", body, "X-Admin-Key", ServiceTest.ADMIN_KEY);

    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    assertThat(response.code()).isEqualTo("INVALID_REQUEST");
    assertThat(catalog()).isEqualTo(before);
  }

  @Test
  void theBoundsOfEveryRuleAreAccepted() {
    var title = EMOJI.repeat(200);
    var created =
        api.post(
            "/api/admin/concerts",
            Map.of(
                "title",
                title,
                "schedules",
                List.of(show(TODAY, 1, 0), show(TODAY.plusDays(1), 1000, 100_000_000))),
            "X-Admin-Key",
            ServiceTest.ADMIN_KEY);

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().get("title").asString()).isEqualTo(title);
    var id = created.json().get("id").asLong();
    var seats =
        api.get(
            "/api/reservation/seats?concertId=" + id + "&date=" + TODAY.plusDays(1),
            "Authorization",
            api.newActiveToken());
    assertThat(seats.json().size()).isEqualTo(1000);
    assertThat(seats.json().get(999).toString())
        .isEqualTo("{\"seatNo\":1000,\"status\":\"AVAILABLE\",\"price\":100000000}");
  }

  /** What a refused request must not change: the catalog as clients see it, and every table. */
  private Catalog catalog() {
    return new Catalog(
        api.get("/api/concerts").text(), count("concert"), count("schedule"), count("seat"));
  }

  private int count(String table) {
    return dsl.fetchCount(DSL.table(DSL.name(table)));
  }

  private static String concert(String title, List<Map<String, Object>> schedules) {
    return HttpApi.json(Map.of("title", title, "schedules", schedules));
  }

  private static Map<String, Object> show(LocalDate date, int seatCount, long price) {
    return Map.of("date", date.toString(), "seatCount", seatCount, "price", price);
  }

  private record Catalog(String concerts, int concertRows, int scheduleRows, int seatRows) {}
}
