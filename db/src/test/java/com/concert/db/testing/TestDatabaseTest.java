package com.concert.db.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestDatabaseTest {

  @Test
  void everyCreatedDatabaseIsADistinctDatabaseOnTheServer() throws SQLException {
    try (var first = TestDatabase.create();
        var second = TestDatabase.create()) {
      assertThat(first.name()).isNotEqualTo(second.name()).startsWith("concert_test_");
      assertThat(first.jdbcUrl()).isNotEqualTo(second.jdbcUrl());
      assertThat(databases()).contains(first.name(), second.name());
      assertThat(currentDatabase(first)).isEqualTo(first.name());
      assertThat(currentDatabase(second)).isEqualTo(second.name());
    }
  }

  @Test
  void closeDropsTheDatabaseEvenWhileConnectionsAreOpen() throws SQLException {
    var database = TestDatabase.createMigrated();
    var name = database.name();
    var open = database.dataSource().getConnection();
    assertThat(databases()).contains(name);

    database.close();

    assertThat(databases()).doesNotContain(name);
    assertThat(open.isValid(2)).isFalse();
  }

  @Test
  void aMigratedDatabaseHasTheServicesSchemaAndItsDataSourceWorksInIt() throws SQLException {
    try (var database = TestDatabase.createMigrated();
        var connection = database.dataSource().getConnection();
        var statement = connection.createStatement();
        var rows = statement.executeQuery("select current_schema(), count(*) from concert")) {
      rows.next();
      assertThat(rows.getString(1)).isEqualTo(TestDatabase.SCHEMA);
      assertThat(rows.getLong(2)).isZero();
    }
  }

  private static String currentDatabase(TestDatabase database) throws SQLException {
    try (var connection =
            DriverManager.getConnection(
                database.jdbcUrl(), database.username(), database.password());
        var statement = connection.createStatement();
        var rows = statement.executeQuery("select current_database()")) {
      rows.next();
      return rows.getString(1);
    }
  }

  /** The databases on the test server, seen from a database of the test's own. */
  private static List<String> databases() throws SQLException {
    try (var probe = TestDatabase.create();
        var connection =
            DriverManager.getConnection(probe.jdbcUrl(), probe.username(), probe.password());
        var statement = connection.createStatement();
        var rows = statement.executeQuery("select datname from pg_database")) {
      var names = new ArrayList<String>();
      while (rows.next()) {
        names.add(rows.getString(1));
      }
      return names;
    }
  }
}
