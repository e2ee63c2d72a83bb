package com.concert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.concert.db.testing.TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.LoggingSystemProperty;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * With {@code logging.structured.format.console} set, every log line is one JSON document, and a
 * business event carries its ids as fields of their own and never the queue token.
 *
 * <p>Logging is configured once per JVM: a service started while others run keeps their setup, and
 * the format it sets stays in a system property for every service started after it. So the test
 * lets its service configure logging afresh, as it would alone, and afterwards leaves the next one
 * to configure it afresh without the format.
 */
@ExtendWith(OutputCaptureExtension.class)
class StructuredLoggingEndToEndTest {

  private final LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());

  @BeforeEach
  void configureLoggingAfresh() {
    logging.cleanUp();
  }

  @AfterEach
  void leaveTheNextServiceToConfigureItWithoutTheFormat() {
    System.clearProperty(
        LoggingSystemProperty.CONSOLE_STRUCTURED_FORMAT.getEnvironmentVariableName());
    logging.cleanUp();
  }

  @Test
  void aHoldIsOneJsonLineWithItsIdsAndWithoutTheToken(CapturedOutput output) throws Exception {
    try (var database = TestDatabase.create();
        var service =
            RunningService.start(
                database, database.jdbcUrl(), "logging.structured.format.console=logstash")) {
      var api = service.api();
      var user = BookingApi.newUserId();
      var issued = api.post("/api/token/create", Map.of("id", user));
      var token = issued.json().get("token").asString();
      var held =
          api.post(
              "/api/reservation/reserve",
              Map.of("concertDate", BookingApi.TODAY.plusDays(1).toString(), "seatNo", 7),
              "Authorization",
              "Bearer " + token);
      assertThat(held.status()).as(held.toString()).isEqualTo(200);
      var reservationId = held.json().get("reservationId").asLong();

      var event = eventLine(output, "seat-held");

      assertThat(event.get("reservationId").asLong()).isEqualTo(reservationId);
      assertThat(event.get("userId").asLong()).isEqualTo(user);
      assertThat(event.get("concertId").asLong()).isEqualTo(held.json().get("concertId").asLong());
      assertThat(event.get("seatNo").asInt()).isEqualTo(7);
      assertThat(event.get("level").asString()).isEqualTo("INFO");
      assertThat(output.getAll()).doesNotContain(token);
    }
  }

  /** The one line of the event, which must parse as a JSON object on its own. */
  private static JsonNode eventLine(CapturedOutput output, String event) {
    var json = JsonMapper.builder().build();
    var lines =
        output
            .getOut()
            .lines()
            .filter(line -> line.contains("\"event\":\"" + event + "\""))
            .toList();
    assertThat(lines).as("lines of the event " + event).hasSize(1);
    return json.readTree(lines.get(0));
  }
}
