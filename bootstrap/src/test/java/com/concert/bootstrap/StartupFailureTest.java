package com.concert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.concert.db.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A bad setting stops the service at startup, and the report an operator reads names its key. */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTest {

  private static TestDatabase database;

  @BeforeAll
  static void createDatabase() {
    database = TestDatabase.create();
  }

  @AfterAll
  static void dropDatabase() {
    database.close();
  }

  @ParameterizedTest
  @CsvSource({
    "concert.queue.max-active-users, 0",
    "concert.reservation.hold-ttl, PT0S",
    "concert.time-zone, Mars/Base"
  })
  void aBadValueStopsTheServiceWithAReportNamingItsKey(
      String key, String value, CapturedOutput output) {
    assertThatThrownBy(
            () ->
                RunningService.start(
                    database, database.jdbcUrl(), key + "=" + value, "concert.demo-data=false"))
        .isInstanceOf(RuntimeException.class);

    assertThat(output.getAll())
        .contains("APPLICATION FAILED TO START")
        .contains("Value: \"" + value + "\"")
        .contains("Origin: \"" + key + "\" from property source \"commandLineArgs\"");
  }
}
