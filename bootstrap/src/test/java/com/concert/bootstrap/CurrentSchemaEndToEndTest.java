package com.concert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.concert.db.testing.TestDatabase;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A JDBC URL may name another schema ({@code ?currentSchema=public}); the service still keeps and
 * reads its tables in its own schema. A decoy {@code public.concert} table would be listed if any
 * statement looked in the schema the URL names.
 */
class CurrentSchemaEndToEndTest {

  private static final String ADMIN_KEY = "current-schema-test";

  @Test
  void aUrlNamingThePublicSchemaStillWorksInTheServicesOwnSchema() throws SQLException {
    try (var database = TestDatabase.create()) {
      execute(
          database,
          "create table public.concert (id bigint, title text, created_at timestamptz)",
          "insert into public.concert values (1, 'Decoy', now())");
      var url =
          database.jdbcUrl()
              + (database.jdbcUrl().contains("?") ? "&" : "?")
              + "currentSchema=public";

      try (var service =
          RunningService.start(
              database, url, "concert.demo-data=true", "concert.admin.api-key=" + ADMIN_KEY)) {
        var api = service.api();
        assertThat(api.get("/actuator/health").text()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(api.get("/api/concerts").json().findValuesAsString("title"))
            .containsExactly("Winter Gala");

        var date = LocalDate.now(ZoneId.of("Asia/Seoul")).plusDays(2).toString();
        var created =
            api.post(
                "/api/admin/concerts",
                Map.of(
                    "title",
                    "Schema Night",
                    "schedules",
                    List.of(Map.of("date", date, "seatCount", 2, "price", 1000))),
                "X-Admin-Key",
                ADMIN_KEY);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var id = created.json().get("id").asLong();
        assertThat(
                api.get(
                        "/api/reservation/seats?concertId=" + id + "&date=" + date,
                        "Authorization",
                        api.newActiveToken())
                    .json()
                    .size())
            .isEqualTo(2);
        assertThat(api.get("/api/concerts").json().findValuesAsString("title"))
            .containsExactly("Winter Gala", "Schema Night");
      }

      assertThat(tables(database, "public")).containsExactly("concert");
      assertThat(tables(database, "concert"))
          .contains("concert", "schedule", "seat", "reservation", "flyway_schema_history");
      assertThat(titlesIn(database, "public")).containsExactly("Decoy");
    }
  }

  private static void execute(TestDatabase database, String... statements) throws SQLException {
    try (var connection = connect(database);
        var statement = connection.createStatement()) {
      for (var sql : statements) {
        statement.execute(sql);
      }
    }
  }

  private static List<String> tables(TestDatabase database, String schema) throws SQLException {
    return strings(
        database,
        "select table_name from information_schema.tables where table_schema = '"
            + schema
            + "' order by table_name");
  }

  private static List<String> titlesIn(TestDatabase database, String schema) throws SQLException {
    return strings(database, "select title from " + schema + ".concert order by id");
  }

  private static List<String> strings(TestDatabase database, String sql) throws SQLException {
    try (var connection = connect(database);
        var statement = connection.createStatement();
        var rows = statement.executeQuery(sql)) {
      var values = new ArrayList<String>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    }
  }

  private static java.sql.Connection connect(TestDatabase database) throws SQLException {
    return DriverManager.getConnection(
        database.jdbcUrl(), database.username(), database.password());
  }
}
