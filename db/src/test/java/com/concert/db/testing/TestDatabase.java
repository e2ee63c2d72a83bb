package com.concert.db.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A PostgreSQL database of its own for one test class (or one Spring context), dropped when closed.
 *
 * <p>The server is found once per JVM, in this order: the JDBC URL in {@code CONCERT_TEST_DB_URL}
 * (with {@code CONCERT_TEST_DB_USER} and {@code CONCERT_TEST_DB_PASSWORD}); else {@code
 * 127.0.0.1:5432} as user {@code postgres} when a connection succeeds; else a Testcontainers
 * PostgreSQL when a Docker engine is available; else the tests fail at once, naming these options.
 * Every database is named {@code concert_test_<epoch-second>_<random>}, so runs never touch a
 * running service's data and two builds at once never collide.
 */
public final class TestDatabase implements AutoCloseable {

  /** The schema the service keeps its tables in, whatever the JDBC URL says. */
  public static final String SCHEMA = "concert";

  private static final String PREFIX = "concert_test_";
  private static final Duration ABANDONED_AFTER = Duration.ofDays(1);
  private static final Pattern URL =
      Pattern.compile("^(jdbc:postgresql://[^/?]+)/([^/?]*)(\\?.*)?$");

  private static Server server;

  private final Server host;
  private final String name;

  private TestDatabase(Server host, String name) {
    this.host = host;
    this.name = name;
  }

  /** Creates an empty database on the test server. */
  public static TestDatabase create() {
    var host = server();
    var name =
        PREFIX
            + Instant.now().getEpochSecond()
            + "_"
            + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
    host.execute("create database " + name);
    return new TestDatabase(host, name);
  }

  /** Creates a database and migrates it with the service's Flyway scripts. */
  public static TestDatabase createMigrated() {
    var database = create();
    database.migrate();
    return database;
  }

  public String jdbcUrl() {
    return host.urlOf(name);
  }

  public String username() {
    return host.user();
  }

  public String password() {
    return host.password();
  }

  public String name() {
    return name;
  }

  /** A plain (unpooled) data source whose connections work in the service's schema. */
  public DataSource dataSource() {
    var dataSource = new PGSimpleDataSource();
    dataSource.setURL(jdbcUrl());
    dataSource.setUser(username());
    dataSource.setPassword(password());
    dataSource.setCurrentSchema(SCHEMA);
    return dataSource;
  }

  public void migrate() {
    Flyway.configure()
        .dataSource(jdbcUrl(), username(), password())
        .schemas(SCHEMA)
        .load()
        .migrate();
  }

  @Override
  public void close() {
    host.execute("drop database if exists " + name + " with (force)");
  }

  private static synchronized Server server() {
    if (server == null) {
      server = findServer();
      server.dropAbandonedDatabases();
    }
    return server;
  }

  private static Server findServer() {
    var tried = new ArrayList<String>();
    var configured = System.getenv("CONCERT_TEST_DB_URL");
    if (configured != null && !configured.isBlank()) {
      var user = envOr("CONCERT_TEST_DB_USER", "postgres");
      var password = envOr("CONCERT_TEST_DB_PASSWORD", "postgres");
      var candidate = Server.of(configured, user, password);
      candidate.requireReachable("CONCERT_TEST_DB_URL=" + configured);
      return candidate;
    }
    tried.add("CONCERT_TEST_DB_URL is not set");

    var local = Server.of("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "postgres");
    var localProblem = local.problem();
    if (localProblem == null) {
      return local;
    }
    tried.add("127.0.0.1:5432 as postgres: " + localProblem);

    if (DockerClientFactory.instance().isDockerAvailable()) {
      var container = new PostgreSQLContainer("postgres:16-alpine");
      container.start();
      return Server.of(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }
    tried.add("Testcontainers: no Docker engine is available");

    throw new IllegalStateException(
        "The tests need a PostgreSQL server and found none. Give one of: (1) the environment"
            + " variable CONCERT_TEST_DB_URL (a JDBC URL, with CONCERT_TEST_DB_USER and"
            + " CONCERT_TEST_DB_PASSWORD), (2) a server on 127.0.0.1:5432 that accepts the user"
            + " postgres, or (3) a Docker engine for Testcontainers. Tried: "
            + String.join("; ", tried));
  }

  private static String envOr(String name, String fallback) {
    var value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private record Server(
      String prefix, String adminDatabase, String query, String user, String password) {

    static Server of(String url, String user, String password) {
      Matcher matcher = URL.matcher(url);
      if (!matcher.matches()) {
        throw new IllegalStateException(
            "not a PostgreSQL JDBC URL of the form jdbc:postgresql://host[:port]/database: " + url);
      }
      var database = matcher.group(2).isEmpty() ? "postgres" : matcher.group(2);
      var query = matcher.group(3) == null ? "" : matcher.group(3);
      return new Server(matcher.group(1), database, query, user, password);
    }

    String urlOf(String database) {
      return prefix + "/" + database + query;
    }

    Connection connect() throws SQLException {
      var properties = new Properties();
      properties.setProperty("user", user);
      properties.setProperty("password", password);
      properties.setProperty("connectTimeout", "5");
      return DriverManager.getConnection(urlOf(adminDatabase), properties);
    }

    String problem() {
      try (var connection = connect()) {
        return null;
      } catch (SQLException e) {
        return e.getMessage();
      }
    }

    void requireReachable(String what) {
      var problem = problem();
      if (problem != null) {
        throw new IllegalStateException(
            "cannot connect to the test database " + what + ": " + problem);
      }
    }

    void execute(String sql) {
      try (var connection = connect();
          var statement = connection.createStatement()) {
        statement.execute(sql);
      } catch (SQLException e) {
        throw new IllegalStateException(sql + ": " + e.getMessage(), e);
      }
    }

    /** Databases left behind by a test JVM that was killed; none younger than a day is touched. */
    void dropAbandonedDatabases() {
      var cutoff = Instant.now().minus(ABANDONED_AFTER).getEpochSecond();
      var abandoned = new ArrayList<String>();
      try (var connection = connect();
          var statement =
              connection.prepareStatement(
                  "select datname from pg_database where datname like 'concert\\_test\\_%'");
          var rows = statement.executeQuery()) {
        while (rows.next()) {
          var name = rows.getString(1);
          if (createdAt(name) < cutoff) {
            abandoned.add(name);
          }
        }
      } catch (SQLException e) {
        return;
      }
      abandoned.forEach(name -> execute("drop database if exists " + name + " with (force)"));
    }

    private static long createdAt(String name) {
      var parts = List.of(name.substring(PREFIX.length()).split("_"));
      try {
        return Long.parseLong(parts.get(0));
      } catch (NumberFormatException e) {
        return Long.MAX_VALUE;
      }
    }
  }
}
