package com.concert.bootstrap;

import com.concert.db.testing.TestDatabase;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The data's invariants, read straight from the database of a test: what must hold after any
 * interleaving of requests, on any number of instances, and after any crash. Each query lists the
 * rows that break its invariant; a healthy database gives none. They are written apart from the
 * service's own auditor on purpose: the tests that crash or race the service judge it with queries
 * that cannot share a mistake with the code under test.
 */
final class MoneyAndSeatInvariants {

  private static final List<String> VIOLATIONS =
      List.of(
          // a balance is the sum of its ledger
          "select 'balance of user ' || w.user_id from wallet w"
              + " left join (select user_id, sum(amount) as total from wallet_ledger group by user_id) l"
              + " on l.user_id = w.user_id where w.balance <> coalesce(l.total, 0)",
          // a confirmed reservation belongs to a payment of its own user
          "select 'confirmed reservation ' || r.id from reservation r"
              + " left join payment p on p.id = r.payment_id"
              + " where r.status = 'CONFIRMED' and (p.id is null or p.user_id <> r.user_id)",
          // a payment confirmed reservations whose prices make its amount
          "select 'payment ' || p.id from payment p left join reservation r on r.payment_id = p.id"
              + " group by p.id, p.amount having count(r.id) = 0 or sum(r.price) <> p.amount",
          // a payment that took money took it once, in one ledger entry of its amount
          "select 'debit of payment ' || p.id from payment p"
              + " left join wallet_ledger l on l.payment_id = p.id and l.kind = 'PAYMENT'"
              + " group by p.id, p.amount"
              + " having (p.amount = 0 and count(l.id) <> 0)"
              + " or (p.amount > 0 and (count(l.id) <> 1 or sum(l.amount) <> -p.amount))",
          // at most one live reservation per seat
          "select 'seat ' || seat_id from reservation where status in ('HELD', 'CONFIRMED')"
              + " group by seat_id having count(*) > 1");

  private MoneyAndSeatInvariants() {}

  /** Every violation found, by a short description; empty when all hold. */
  static List<String> violations(TestDatabase database) throws SQLException {
    var found = new ArrayList<String>();
    try (var connection = database.dataSource().getConnection();
        var statement = connection.createStatement()) {
      for (var query : VIOLATIONS) {
        try (var rows = statement.executeQuery(query)) {
          while (rows.next()) {
            found.add(rows.getString(1));
          }
        }
      }
    }
    return found;
  }

  static long scalar(TestDatabase database, String sql) throws SQLException {
    try (var connection = database.dataSource().getConnection();
        var statement = connection.createStatement();
        var rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
