package com.concert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The benchmark's anchor runs, under pgbench, the SQL the service sends for each measured request
 * ({@code benchmark/sql}). This test sends those requests and compares the statements the request
 * threads issued, in order, with the scripts, so a change to an adapter that leaves its script
 * behind fails the build instead of quietly measuring something else. Transaction boundaries are
 * not compared: Spring sends them outside jOOQ.
 */
@ServiceTest(properties = "concert.queue.max-active-users=2")
@Import(BenchmarkSqlEndToEndTest.Recording.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BenchmarkSqlEndToEndTest {

  private static final Path SCRIPTS = Path.of("..", "benchmark", "sql");
  private static final Pattern VARIABLE = Pattern.compile(":[a-z_]+");
  private static final String INCLUDE = "--@include ";

  /**
   * What the scripts compute on the server where the service binds a value it computed itself (the
   * token's bytes; a charge's absent payment), in the order they are replaced: the nonce's
   * expression contains the hash's.
   */
  private static final List<Map.Entry<String, String>> SERVER_SIDE_VALUES =
      List.of(
          Map.entry("substring(sha256(int8send(:uid)) from 1 for 16)", "?"),
          Map.entry("sha256(int8send(:uid))", "?"),
          Map.entry(", null, cast(", ", ?, cast("));

  @LocalServerPort int port;
  @Autowired Recording recording;

  private HttpApi http;
  private BookingApi booking;

  @BeforeEach
  void api() {
    http = new HttpApi(port);
    booking = new BookingApi(http);
  }

  /** A newcomer who finds room in the line is admitted by its own request. */
  @Test
  @Order(1)
  void aWholePurchaseIssuesTheStatementsOfTheFlowScript() throws IOException {
    var concert = booking.createConcert(BookingApi.TODAY.plusDays(1), 10, 1000);
    var purchase = purchaseByANewcomerAdmittedByItsOwnRequest(concert);

    assertThat(purchase).isEqualTo(script("flow.sql"));
  }

  /** Takes one of the line's two slots for the rest of the run. */
  @Test
  @Order(2)
  void theBookingRequestsIssueTheStatementsOfTheirScripts() throws IOException {
    var date = BookingApi.TODAY.plusDays(2);
    var concert = booking.createConcert(date, 10, 1000);
    var token = http.tokenOf(BookingApi.newUserId());

    assertThat(recorded(() -> http.get("/api/token", "Authorization", token)))
        .isEqualTo(script("poll.sql"));
    assertThat(
            recorded(
                () ->
                    http.get(
                        "/api/reservation/seats?concertId=" + concert + "&date=" + date,
                        "Authorization",
                        token)))
        .isEqualTo(script("seats.sql"));
    assertThat(recorded(() -> booking.reserve(token, concert, date, 1)))
        .isEqualTo(script("hold.sql"));
  }

  @Test
  @Order(3)
  void aNewcomerToAFullLineIssuesTheStatementsOfTheTokenScript() throws IOException {
    http.tokenOf(BookingApi.newUserId());
    http.tokenOf(BookingApi.newUserId());

    var newcomer = BookingApi.newUserId();
    var joined = recorded(() -> http.post("/api/token/create", Map.of("id", newcomer)));

    assertThat(
            http.post("/api/token/create", Map.of("id", newcomer)).json().get("status").asString())
        .isEqualTo("WAITING");
    assertThat(joined).isEqualTo(script("token-issue.sql"));
  }

  /**
   * The purchase of a newcomer whose own token request admitted it. The admission job may admit the
   * newcomer between its joining and its own admission round, which then has no one to admit and
   * skips a statement; such a purchase is bought again by another newcomer.
   */
  private List<String> purchaseByANewcomerAdmittedByItsOwnRequest(long concert) {
    var date = BookingApi.TODAY.plusDays(1);
    List<String> statements = List.of();
    for (int seat = 1; seat <= 5; seat++) {
      var user = BookingApi.newUserId();
      var token = new String[1];
      var seatNo = seat;
      statements =
          recorded(
              () -> {
                token[0] = http.tokenOf(user);
                var held = booking.reserve(token[0], concert, date, seatNo);
                var price = held.json().get("price").asLong();
                http.post("/api/charge", Map.of("userId", user, "amount", price));
                return http.post(
                    "/api/payment",
                    Map.of("reservationId", held.json().get("reservationId").asLong()),
                    "Authorization",
                    token[0]);
              });
      if (statements.stream().anyMatch(sql -> sql.contains("set \"admitted_upto\""))) {
        return statements;
      }
    }
    return statements;
  }

  private List<String> recorded(Supplier<HttpApi.Response> requests) {
    recording.statements.clear();
    var response = requests.get();
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return List.copyOf(recording.statements);
  }

  /** The script's statements, without transaction control, with a {@code ?} for each value. */
  private static List<String> script(String name) throws IOException {
    var statements = new ArrayList<String>();
    for (var line : expanded(SCRIPTS.resolve(name))) {
      // A statement ends in a semicolon or in pgbench's \gset or \aset, which keep its result.
      var statement = line.replaceFirst("(;|\\s*\\\\[ag]set.*)$", "").strip();
      if (statement.isEmpty()
          || statement.startsWith("--")
          || statement.startsWith("\\")
          || Stream.of("BEGIN", "BEGIN READ ONLY", "COMMIT").anyMatch(statement::equals)) {
        continue;
      }
      for (var value : SERVER_SIDE_VALUES) {
        statement = statement.replace(value.getKey(), value.getValue());
      }
      statements.add(VARIABLE.matcher(statement).replaceAll("?"));
    }
    return statements;
  }

  /** The script's lines with each part it includes in place, as the benchmark runs it. */
  private static List<String> expanded(Path script) throws IOException {
    var lines = new ArrayList<String>();
    for (var line : Files.readAllLines(script)) {
      if (line.startsWith(INCLUDE)) {
        lines.addAll(expanded(script.resolveSibling(line.substring(INCLUDE.length()).strip())));
      } else {
        lines.add(line);
      }
    }
    return lines;
  }

  /** Records the SQL that jOOQ sends on the threads that serve requests. */
  @TestConfiguration(proxyBeanMethods = false)
  static class Recording {

    final List<String> statements = new CopyOnWriteArrayList<>();

    @Bean
    DefaultConfigurationCustomizer recordRequestStatements() {
      ExecuteListener listener =
          new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext context) {
              if (Thread.currentThread().getName().startsWith("http-nio")) {
                statements.add(context.sql());
              }
            }
          };
      return configuration ->
          configuration.set(
              Stream.concat(
                      Stream.of(configuration.executeListenerProviders()),
                      Stream.of(new DefaultExecuteListenerProvider(listener)))
                  .toArray(ExecuteListenerProvider[]::new));
    }
  }
}
