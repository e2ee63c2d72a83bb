package com.concert.adapter.out.persistence;

import static com.concert.db.jooq.Tables.PAYMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.concert.application.port.in.IdempotencyInProgressException;
import com.concert.application.port.in.IdempotencyKey;
import com.concert.application.port.in.PayCommand;
import com.concert.application.port.in.QueuePass;
import com.concert.application.port.in.QueuePass.Access;
import com.concert.application.service.Idempotency;
import com.concert.application.service.PayService;
import com.concert.db.testing.Race;
import com.concert.domain.payment.Payment;
import com.concert.domain.port.out.WaitingQueue;
import com.concert.domain.queue.TokenHash;
import com.concert.domain.queue.TokenNonce;
import com.concert.domain.reservation.HoldPeriod;
import com.concert.domain.reservation.ReservationId;
import com.concert.domain.reservation.ReservationNotHeldException;
import com.concert.domain.shared.Money;
import com.concert.domain.shared.UserId;
import com.concert.domain.testing.TestClock;
import com.concert.domain.wallet.InsufficientBalanceException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The payment on real PostgreSQL, through the use case and the transactions the service runs:
 * concurrent payments of one hold, concurrent retries with one key, charges and payments of many
 * users at once, and a failure at the last step of a payment.
 */
class PaymentRaceTest {

  static final LocalDate SHOW = LocalDate.of(2026, 12, 24);
  static final long PRICE = 50_000;

  static PostgresTestSupport db;
  static TestClock clock = TestClock.at("2026-12-01T10:00:00Z");
  static JooqReservationRepository reservations;
  static JooqWalletRepository wallets;
  static JooqWaitingQueue queue;
  static WalletTables walletTables;
  static ReservationRows rows;
  static long nextUser = 1;

  @BeforeAll
  static void start() {
    db = PostgresTestSupport.start(30);
    reservations = new JooqReservationRepository(db.dsl());
    wallets = new JooqWalletRepository(db.dsl());
    queue = new JooqWaitingQueue(db.dsl());
    walletTables = new WalletTables(db.dsl());
    rows = new ReservationRows(db.dsl());
  }

  @AfterAll
  static void stop() {
    db.close();
  }

  static PayService payService(WaitingQueue queue) {
    return new PayService(
        new PostgresUserLock(db.dsl()),
        reservations,
        wallets,
        new JooqPaymentRepository(db.dsl()),
        queue,
        new Idempotency(new JooqIdempotencyStore(db.dsl(), Duration.ofSeconds(5)), clock),
        new CountingBookingEvents(),
        clock);
  }

  /** A user with an active queue token and {@code won} in the wallet. */
  static UserId fan(long won) {
    var user = new UserId(nextUser++);
    db.inTransaction(
        () -> {
          var bytes = new byte[16];
          bytes[0] = (byte) user.value();
          bytes[1] = (byte) (user.value() >> 8);
          var hash = new byte[32];
          hash[0] = bytes[0];
          hash[1] = bytes[1];
          queue.join(user, TokenNonce.of(bytes), TokenHash.of(hash), clock.instant());
          queue.admitNext(1, clock.instant(), clock.instant().plus(Duration.ofMinutes(10)));
          if (won > 0) {
            wallets.credit(user, Money.won(won), Long.MAX_VALUE, clock.instant());
          }
        });
    return user;
  }

  /** Holds of {@code seats} new seats for the user. */
  static List<ReservationId> holds(UserId user, int seats) {
    return db.inTransaction(
        () -> {
          var concert =
              TestConcerts.oneShow(
                  db.dsl(), "Race", SHOW, seats, Money.won(PRICE), clock.instant());
          return TestConcerts.holdEverySeat(
              reservations,
              user,
              concert,
              HoldPeriod.startingAt(clock.instant(), Duration.ofMinutes(5)));
        });
  }

  static PayCommand pay(UserId user, Optional<ReservationId> reservation, Optional<String> key) {
    return new PayCommand(
        new QueuePass(user, Access.ACTIVE, 0),
        reservation,
        Optional.empty(),
        Optional.empty(),
        key.map(IdempotencyKey::new));
  }

  static int payments(UserId user) {
    return db.dsl().fetchCount(PAYMENT, PAYMENT.USER_ID.eq(user.value()));
  }

  @Test
  void tenPaymentsOfOneHoldDebitOnce() {
    var user = fan(500_000);
    var hold = holds(user, 1).get(0);
    var service = payService(queue);

    var outcomes =
        Race.run(
            10,
            i ->
                () ->
                    db.inTransaction(
                        () -> service.pay(pay(user, Optional.of(hold), Optional.empty()))));

    assertThat(outcomes.stream().filter(Race.Outcome::succeeded)).hasSize(1);
    assertThat(outcomes.stream().filter(o -> o.failedWith(ReservationNotHeldException.class)))
        .hasSize(9);
    assertThat(walletTables.balance(user)).isEqualTo(500_000 - PRICE);
    assertThat(walletTables.ledgerSum(user)).isEqualTo(walletTables.balance(user));
    assertThat(payments(user)).isEqualTo(1);
    assertThat(rows.statuses(List.of(hold))).containsExactly("CONFIRMED");
  }

  @Test
  void twelveRetriesWithOneKeyPayOnceAndAnswerAlike() {
    var user = fan(500_000);
    var holds = holds(user, 2);
    var service = payService(queue);

    var outcomes =
        Race.run(
            12,
            i ->
                () ->
                    db.inTransaction(
                        () -> service.pay(pay(user, Optional.empty(), Optional.of("retry-1")))));

    var answers =
        outcomes.stream()
            .filter(Race.Outcome::succeeded)
            .map(Race.Outcome::value)
            .collect(Collectors.toSet());
    assertThat(answers).hasSize(1);
    assertThat(outcomes)
        .allMatch(o -> o.succeeded() || o.failedWith(IdempotencyInProgressException.class));
    Payment payment = answers.iterator().next();
    assertThat(payment.reservations()).containsExactlyElementsOf(holds);
    assertThat(payment.amount()).isEqualTo(Money.won(2 * PRICE));
    assertThat(payments(user)).isEqualTo(1);
    assertThat(walletTables.balance(user)).isEqualTo(500_000 - 2 * PRICE);
    assertThat(walletTables.ledgerSum(user)).isEqualTo(walletTables.balance(user));
  }

  /** Charges and payments of six users interleave; money is neither lost nor created. */
  @Test
  void chargesAndPaymentsOfManyUsersKeepEveryBalanceEqualToItsLedger() {
    var users = new ArrayList<UserId>();
    var holdsOf = new ArrayList<List<ReservationId>>();
    for (int i = 0; i < 6; i++) {
      var user = fan(60_000);
      users.add(user);
      holdsOf.add(holds(user, 3));
    }
    var service = payService(queue);

    var outcomes =
        Race.run(
            36,
            i ->
                () -> {
                  var n = i % 6;
                  var user = users.get(n);
                  if (i / 6 % 2 == 0) {
                    return db.inTransaction(
                        () ->
                            wallets.credit(
                                user, Money.won(20_000), Long.MAX_VALUE, clock.instant()));
                  }
                  var hold = holdsOf.get(n).get(i / 12);
                  return db.inTransaction(
                      () -> service.pay(pay(user, Optional.of(hold), Optional.empty())));
                });

    assertThat(outcomes)
        .allMatch(o -> o.succeeded() || o.failedWith(InsufficientBalanceException.class));
    for (int n = 0; n < 6; n++) {
      var user = users.get(n);
      var paid = (int) rows.statuses(holdsOf.get(n)).stream().filter("CONFIRMED"::equals).count();
      assertThat(walletTables.balance(user)).isEqualTo(60_000 + 3 * 20_000 - paid * PRICE);
      assertThat(walletTables.ledgerSum(user)).isEqualTo(walletTables.balance(user));
      assertThat(payments(user)).isEqualTo(paid);
    }
  }

  /** The last step of a payment fails: nothing of it remains, and the money is where it was. */
  @Test
  void aPaymentThatFailsAtItsLastStepLeavesNoTrace() {
    var user = fan(100_000);
    var hold = holds(user, 1).get(0);
    WaitingQueue failingAtFinish =
        (WaitingQueue)
            Proxy.newProxyInstance(
                WaitingQueue.class.getClassLoader(),
                new Class<?>[] {WaitingQueue.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("finish")) {
                    throw new IllegalStateException("the process died here");
                  }
                  return method.invoke(queue, args);
                });

    assertThatThrownBy(
            () ->
                db.inTransaction(
                    () ->
                        payService(failingAtFinish)
                            .pay(pay(user, Optional.of(hold), Optional.of("crash-1")))))
        .hasMessageContaining("the process died here");

    assertThat(walletTables.balance(user)).isEqualTo(100_000);
    assertThat(walletTables.ledgerSum(user)).isEqualTo(100_000);
    assertThat(payments(user)).isZero();
    assertThat(rows.statuses(List.of(hold))).containsExactly("HELD");
    var retried =
        db.inTransaction(
            () -> payService(queue).pay(pay(user, Optional.of(hold), Optional.of("crash-1"))));
    assertThat(retried.amount()).isEqualTo(Money.won(PRICE));
    assertThat(walletTables.balance(user)).isEqualTo(100_000 - PRICE);
  }
}
