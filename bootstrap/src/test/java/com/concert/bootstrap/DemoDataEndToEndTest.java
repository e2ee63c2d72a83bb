package com.concert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.concert.db.testing.Race;
import com.concert.db.testing.TestDatabase;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Instances started together on a fresh database add the demo concert exactly once. */
class DemoDataEndToEndTest {

  private static final int INSTANCES = 2;

  @Test
  void twoInstancesStartingTogetherOnAFreshDatabaseAddExactlyOneDemoConcert() throws SQLException {
    try (var database = TestDatabase.create()) {
      var started =
          Race.run(
              INSTANCES,
              i ->
                  () ->
                      RunningService.start(database, database.jdbcUrl(), "concert.demo-data=true"));
      try {
        assertThat(started).allSatisfy(instance -> assertThat(instance.error()).isNull());

        var tomorrowOn =
            IntStream.rangeClosed(1, 7)
                .mapToObj(LocalDate.now(ZoneId.of("Asia/Seoul"))::plusDays)
                .map(LocalDate::toString)
                .toList();
        for (var instance : started) {
          var concerts = instance.value().api().get("/api/concerts").json();
          assertThat(concerts.size()).isEqualTo(1);
          assertThat(concerts.get(0).get("title").asString()).isEqualTo("Winter Gala");
          assertThat(concerts.get(0).get("dates").valueStream().map(date -> date.asString()))
              .containsExactlyElementsOf(tomorrowOn);
        }
        assertThat(rowCounts(database)).containsExactly(1L, 7L, 350L);
      } finally {
        started.stream()
            .filter(Race.Outcome::succeeded)
            .forEach(instance -> instance.value().close());
      }
    }
  }

  private static List<Long> rowCounts(TestDatabase database) throws SQLException {
    var counts = new ArrayList<Long>();
    try (var connection = database.dataSource().getConnection();
        var statement = connection.createStatement()) {
      for (var table : List.of("concert", "schedule", "seat")) {
        try (var rows = statement.executeQuery("select count(*) from " + table)) {
          rows.next();
          counts.add(rows.getLong(1));
        }
      }
    }
    return counts;
  }
}
