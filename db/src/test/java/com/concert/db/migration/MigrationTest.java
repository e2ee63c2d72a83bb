package com.concert.db.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.concert.db.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.util.PSQLException;

/**
 * The migrations build the schema on a fresh database, and the constraints the service's
 * correctness rests on reject what they must. Each test works in a transaction that is rolled back.
 */
class MigrationTest {

  private static final String UNIQUE_VIOLATION = "23505";
  private static final String CHECK_VIOLATION = "23514";
  private static final String FOREIGN_KEY_VIOLATION = "23503";

  private static TestDatabase database;
  private Connection connection;
  private long seat;
  private long schedule;

  @BeforeAll
  static void migrateAFreshDatabase() {
    database = TestDatabase.createMigrated();
  }

  @AfterAll
  static void drop() {
    database.close();
  }

  @BeforeEach
  void aSeatOfAShow() throws SQLException {
    connection = database.dataSource().getConnection();
    connection.setAutoCommit(false);
    var concert = insert("insert into concert (title, created_at) values ('Gala', now())");
    schedule =
        insert(
            "insert into schedule (concert_id, show_date, seat_count, price)"
                + " values ("
                + concert
                + ", date '2026-12-24', 2, 1000)");
    seat =
        insert("insert into seat (schedule_id, seat_no, price) values (" + schedule + ", 1, 1000)");
  }

  @AfterEach
  void rollBack() throws SQLException {
    connection.rollback();
    connection.close();
  }

  @Test
  void createsTheTablesInTheServicesSchemaAndRecordsEveryMigrationAsSuccessful()
      throws SQLException {
    assertThat(
            strings(
                "select table_name from information_schema.tables"
                    + " where table_schema = 'concert'"))
        .contains("concert", "schedule", "seat", "reservation", "flyway_schema_history");
    assertThat(
            strings(
                "select table_name from information_schema.tables where table_schema = 'public'"))
        .isEmpty();
    assertThat(strings("select version from flyway_schema_history where version is not null"))
        .contains("1", "2");
    assertThat(strings("select success from flyway_schema_history")).containsOnly("t");
  }

  @Test
  void aSecondLiveReservationOfOneSeatIsRejected() throws SQLException {
    hold();

    for (var second : List.<Statement>of(this::hold, this::confirm)) {
      var rejected = attempt(second);
      assertThat(rejected.getSQLState()).isEqualTo(UNIQUE_VIOLATION);
      assertThat(rejected.getServerErrorMessage().getConstraint())
          .isEqualTo("reservation_live_seat_uq");
    }
  }

  @Test
  void expiredAndCancelledReservationsLeaveTheSeatFreeForANewHold() throws SQLException {
    close("EXPIRED");
    close("EXPIRED");
    close("CANCELLED");
    hold();

    assertThat(strings("select status from reservation where seat_id = " + seat + " order by id"))
        .containsExactly("EXPIRED", "EXPIRED", "CANCELLED", "HELD");
  }

  @Test
  void aReservationIsForASeatOfItsOwnShow() throws SQLException {
    var otherShow = insertSchedule(10, 1000);

    var rejected =
        attempt(
            () ->
                insert(
                    "insert into reservation"
                        + " (user_id, seat_id, schedule_id, price, status, held_at, expires_at)"
                        + " values (7, "
                        + seat
                        + ", "
                        + otherShow
                        + ", 1000, 'HELD', now(), now() + interval '5 minutes')"));

    assertThat(rejected.getSQLState()).isEqualTo(FOREIGN_KEY_VIOLATION);
    assertThat(rejected.getServerErrorMessage().getConstraint())
        .isEqualTo("reservation_seat_of_schedule_fk");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 1001})
  void aShowHasOneToAThousandSeats(int seatCount) {
    var rejected = attempt(() -> insertSchedule(seatCount, 1000));

    assertThat(rejected.getSQLState()).isEqualTo(CHECK_VIOLATION);
    assertThat(rejected.getServerErrorMessage().getConstraint())
        .isEqualTo("schedule_seat_count_range");
  }

  @ParameterizedTest
  @ValueSource(longs = {-1, 100_000_001})
  void aSeatCostsZeroToAHundredMillionWon(long price) {
    var rejected = attempt(() -> insertSchedule(10, price));

    assertThat(rejected.getSQLState()).isEqualTo(CHECK_VIOLATION);
    assertThat(rejected.getServerErrorMessage().getConstraint()).isEqualTo("schedule_price_range");
  }

  @Test
  void theBoundsOfSeatCountAndPriceAreAllowed() throws SQLException {
    var smallest = insertSchedule(1, 0);
    var largest = insertSchedule(1000, 100_000_000);

    assertThat(
            strings(
                "select seat_count || ':' || price from schedule where id in ("
                    + smallest
                    + ", "
                    + largest
                    + ") order by seat_count"))
        .containsExactly("1:0", "1000:100000000");
  }

  @Test
  void aConfirmedReservationIsPaidAndOnlyAConfirmedOneIs() {
    var unpaid = attempt(() -> reserve("CONFIRMED", null, "now()"));
    assertThat(unpaid.getSQLState()).isEqualTo(CHECK_VIOLATION);
    assertThat(unpaid.getServerErrorMessage().getConstraint())
        .isEqualTo("reservation_confirmed_is_paid");

    var paidHold = attempt(() -> reserve("HELD", 1L, null));
    assertThat(paidHold.getServerErrorMessage().getConstraint())
        .isEqualTo("reservation_confirmed_is_paid");
  }

  @Test
  void aPaidReservationIsConfirmed() throws SQLException {
    confirm();

    assertThat(strings("select status from reservation")).containsExactly("CONFIRMED");
  }

  private long insertSchedule(int seatCount, long price) throws SQLException {
    var concert = insert("insert into concert (title, created_at) values ('Other', now())");
    return insert(
        "insert into schedule (concert_id, show_date, seat_count, price) values ("
            + concert
            + ", date '2026-12-25', "
            + seatCount
            + ", "
            + price
            + ")");
  }

  private void hold() throws SQLException {
    reserve("HELD", null, null);
  }

  private void confirm() throws SQLException {
    var payment =
        insert(
            "insert into payment (user_id, amount, balance_after, status, paid_at)"
                + " values (7, 1000, 0, 'PAID', now())");
    reserve("CONFIRMED", payment, "now()");
  }

  private void close(String status) throws SQLException {
    reserve(status, null, "now()");
  }

  private void reserve(String status, Long paymentId, String closedAt) throws SQLException {
    insert(
        "insert into reservation"
            + " (user_id, seat_id, schedule_id, price, status, held_at, expires_at, payment_id, closed_at)"
            + " values (7, "
            + seat
            + ", "
            + schedule
            + ", 1000, '"
            + status
            + "', now(), now() + interval '5 minutes', "
            + paymentId
            + ", "
            + closedAt
            + ")");
  }

  /** Runs the statement in a savepoint, so the test's transaction survives its failure. */
  private PSQLException attempt(Statement statement) {
    try {
      var savepoint = connection.setSavepoint();
      var failure = catchThrowableOfType(PSQLException.class, () -> statement.run());
      connection.rollback(savepoint);
      if (failure == null) {
        throw new AssertionError("the statement was accepted");
      }
      return failure;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private long insert(String sql) throws SQLException {
    try (var statement = connection.createStatement();
        var keys = statement.executeQuery(sql + " returning id")) {
      keys.next();
      return keys.getLong(1);
    }
  }

  private List<String> strings(String sql) throws SQLException {
    try (var statement = connection.createStatement();
        var rows = statement.executeQuery(sql)) {
      var values = new ArrayList<String>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    }
  }

  @FunctionalInterface
  private interface Statement {
    void run() throws SQLException;
  }
}
