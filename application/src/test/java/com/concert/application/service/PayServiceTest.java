package com.concert.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.concert.application.fake.InMemoryIdempotencyStore;
import com.concert.application.fake.InMemoryWalletRepository;
import com.concert.application.fake.RecordingBookingEvents;
import com.concert.application.port.in.IdempotencyKey;
import com.concert.application.port.in.IdempotencyKeyReusedException;
import com.concert.application.port.in.PayCommand;
import com.concert.application.port.in.QueuePass;
import com.concert.application.port.in.QueuePass.Access;
import com.concert.domain.fake.InMemoryPayments;
import com.concert.domain.fake.InMemoryWaitingQueue;
import com.concert.domain.payment.AmountMismatchException;
import com.concert.domain.payment.Payment;
import com.concert.domain.queue.QueueStatus;
import com.concert.domain.queue.TokenHash;
import com.concert.domain.queue.TokenInvalidException;
import com.concert.domain.queue.TokenNonce;
import com.concert.domain.reservation.HoldExpiredException;
import com.concert.domain.reservation.Reservation;
import com.concert.domain.reservation.ReservationId;
import com.concert.domain.reservation.ReservationNotFoundException;
import com.concert.domain.reservation.ReservationNotHeldException;
import com.concert.domain.reservation.ReservationStatus;
import com.concert.domain.shared.ForbiddenException;
import com.concert.domain.shared.Money;
import com.concert.domain.shared.UserId;
import com.concert.domain.testing.TestClock;
import com.concert.domain.wallet.InsufficientBalanceException;
import com.concert.domain.wallet.InvalidAmountException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The payment's rules and the contract's order of refusals, on the in-memory ports. */
class PayServiceTest {

  static final UserId FAN = new UserId(42);
  static final UserId OTHER = new UserId(43);
  static final Money PRICE = Money.won(50_000);

  final TestClock clock = TestClock.at("2026-12-01T10:00:00Z");
  final ReservationFixture fixture = new ReservationFixture();
  final InMemoryWalletRepository wallets = new InMemoryWalletRepository();
  final InMemoryPayments payments = new InMemoryPayments();
  final InMemoryWaitingQueue queue = new InMemoryWaitingQueue();
  final InMemoryIdempotencyStore keys = new InMemoryIdempotencyStore();
  final RecordingBookingEvents events = new RecordingBookingEvents();
  final PayService service =
      new PayService(
          user -> {},
          fixture.reservations,
          wallets,
          payments,
          queue,
          new Idempotency(keys, clock),
          events,
          clock);

  @BeforeEach
  void theFanIsAdmitted() {
    queue.join(FAN, TokenNonce.of(new byte[16]), TokenHash.of(new byte[32]), clock.instant());
    queue.admitNext(1, clock.instant(), clock.instant().plus(Duration.ofMinutes(10)));
  }

  PayCommand pay(Optional<ReservationId> reservation) {
    return new PayCommand(
        new QueuePass(FAN, Access.ACTIVE, 0),
        reservation,
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  void fund(UserId user, long won) {
    wallets.credit(user, Money.won(won), Long.MAX_VALUE, clock.instant());
  }

  Money balance(UserId user) {
    return wallets.findByUser(user).orElseThrow().balance();
  }

  ReservationStatus status(Reservation reservation) {
    return fixture
        .reservations
        .findOfUserForUpdate(reservation.id(), reservation.user())
        .orElseThrow()
        .status();
  }

  QueueStatus tokenStatus() {
    return queue.findStanding(TokenHash.of(new byte[32])).orElseThrow().token().storedStatus();
  }

  @Test
  void aPaymentDebitsConfirmsRecordsAndGivesTheSlotBack() {
    var hold = fixture.holdAt(FAN, clock.instant());
    fund(FAN, 80_000);
    clock.advance(Duration.ofSeconds(30));

    var payment = service.pay(pay(Optional.of(hold.id())));

    assertThat(payment.amount()).isEqualTo(PRICE);
    assertThat(payment.balanceAfter()).isEqualTo(Money.won(30_000));
    assertThat(payment.reservations()).containsExactly(hold.id());
    assertThat(payment.paidAt()).isEqualTo(clock.instant());
    assertThat(balance(FAN)).isEqualTo(Money.won(30_000));
    assertThat(status(hold)).isEqualTo(ReservationStatus.CONFIRMED);
    assertThat(payments.findById(payment.id())).contains(payment);
    assertThat(tokenStatus()).isEqualTo(QueueStatus.FINISHED);
    assertThat(events.events())
        .containsExactly(
            "paid payment="
                + payment.id().value()
                + " user=42 reservations=["
                + hold.id().value()
                + "]");
  }

  @Test
  void withoutAReservationIdEverythingHeldIsPaidTogether() {
    var first = fixture.holdAt(FAN, clock.instant());
    var second = fixture.holdAt(FAN, clock.instant());
    var othersHold = fixture.holdAt(OTHER, clock.instant());
    fund(FAN, 100_000);

    var payment = service.pay(pay(Optional.empty()));

    assertThat(payment.reservations()).containsExactly(first.id(), second.id());
    assertThat(payment.amount()).isEqualTo(Money.won(100_000));
    assertThat(balance(FAN)).isEqualTo(Money.ZERO);
    assertThat(status(othersHold)).isEqualTo(ReservationStatus.HELD);
    assertThat(tokenStatus()).isEqualTo(QueueStatus.FINISHED);
  }

  @Test
  void theSlotStaysWhileTheFanStillHoldsASeat() {
    var paid = fixture.holdAt(FAN, clock.instant());
    fixture.holdAt(FAN, clock.instant());
    fund(FAN, 50_000);

    service.pay(pay(Optional.of(paid.id())));

    assertThat(tokenStatus()).isEqualTo(QueueStatus.ACTIVE);
  }

  @Test
  void freeSeatsArePaidWithoutTouchingTheWallet() {
    var free = fixture.holdAt(FAN, clock.instant(), Money.ZERO);
    fund(FAN, 7);

    var payment = service.pay(pay(Optional.of(free.id())));

    assertThat(payment.amount()).isEqualTo(Money.ZERO);
    assertThat(payment.balanceAfter()).isEqualTo(Money.won(7));
    assertThat(balance(FAN)).isEqualTo(Money.won(7));
    assertThat(status(free)).isEqualTo(ReservationStatus.CONFIRMED);
  }

  @Test
  void aFreeSeatNeedsNoWalletAtAll() {
    var free = fixture.holdAt(FAN, clock.instant(), Money.ZERO);

    assertThat(service.pay(pay(Optional.of(free.id()))).balanceAfter()).isEqualTo(Money.ZERO);
    assertThat(wallets.findByUser(FAN)).isEmpty();
  }

  @Test
  void aUserIdThatIsNotTheTokensIsForbiddenBeforeAnythingElse() {
    var othersHold = fixture.holdAt(OTHER, clock.instant());
    var command =
        new PayCommand(
            new QueuePass(FAN, Access.ACTIVE, 0),
            Optional.of(othersHold.id()),
            Optional.of(1L),
            Optional.of(OTHER),
            Optional.empty());

    assertThatThrownBy(() -> service.pay(command)).isInstanceOf(ForbiddenException.class);
  }

  @Test
  void someoneElsesReservationIsNotFoundAndLeftUntouched() {
    var othersHold = fixture.holdAt(OTHER, clock.instant());
    fund(FAN, 100_000);

    assertThatThrownBy(() -> service.pay(pay(Optional.of(othersHold.id()))))
        .isInstanceOf(ReservationNotFoundException.class);
    assertThat(status(othersHold)).isEqualTo(ReservationStatus.HELD);
    assertThat(balance(FAN)).isEqualTo(Money.won(100_000));
  }

  @Test
  void nothingHeldIsNotHeld() {
    assertThatThrownBy(() -> service.pay(pay(Optional.empty())))
        .isInstanceOf(ReservationNotHeldException.class);
  }

  @Test
  void anExpiredHoldIsRefusedBeforeTheAmountAndTheBalance() {
    var hold = fixture.holdAt(FAN, clock.instant());
    clock.advance(ReservationFixture.TTL);
    var command =
        new PayCommand(
            new QueuePass(FAN, Access.ACTIVE, 0),
            Optional.of(hold.id()),
            Optional.of(1L),
            Optional.empty(),
            Optional.empty());

    assertThatThrownBy(() -> service.pay(command)).isInstanceOf(HoldExpiredException.class);
  }

  @Test
  void aWrongAmountIsRefusedBeforeTheBalanceIsLookedAt() {
    var hold = fixture.holdAt(FAN, clock.instant());
    var command =
        new PayCommand(
            new QueuePass(FAN, Access.ACTIVE, 0),
            Optional.of(hold.id()),
            Optional.of(49_999L),
            Optional.empty(),
            Optional.empty());

    assertThatThrownBy(() -> service.pay(command)).isInstanceOf(AmountMismatchException.class);
  }

  @Test
  void anAmountThatIsNotPositiveIsInvalid() {
    assertThatThrownBy(
            () ->
                new PayCommand(
                    new QueuePass(FAN, Access.ACTIVE, 0),
                    Optional.empty(),
                    Optional.of(0L),
                    Optional.empty(),
                    Optional.empty()))
        .isInstanceOf(InvalidAmountException.class);
  }

  @Test
  void notEnoughMoneyLeavesEverythingAsItWas() {
    var hold = fixture.holdAt(FAN, clock.instant());
    fund(FAN, 49_999);

    assertThatThrownBy(() -> service.pay(pay(Optional.of(hold.id()))))
        .isInstanceOf(InsufficientBalanceException.class);
    assertThat(balance(FAN)).isEqualTo(Money.won(49_999));
    assertThat(status(hold)).isEqualTo(ReservationStatus.HELD);
    assertThat(payments.count()).isZero();
    assertThat(tokenStatus()).isEqualTo(QueueStatus.ACTIVE);
  }

  @Test
  void aRetryWithTheSameKeyAndRequestGetsTheFirstPaymentAndPaysOnce() {
    var hold = fixture.holdAt(FAN, clock.instant());
    fund(FAN, 100_000);
    var command = keyed(Access.ACTIVE, Optional.of(hold.id()), "pay-1");

    var first = service.pay(command);
    clock.advance(Duration.ofSeconds(5));
    var again = service.pay(command);

    assertThat(again).isEqualTo(first);
    assertThat(balance(FAN)).isEqualTo(Money.won(50_000));
    assertThat(payments.count()).isEqualTo(1);
    assertThat(events.events()).hasSize(1);
  }

  @Test
  void theKeyOfAPaymentCannotBeUsedForAnotherRequest() {
    var hold = fixture.holdAt(FAN, clock.instant());
    fund(FAN, 100_000);
    service.pay(keyed(Access.ACTIVE, Optional.of(hold.id()), "pay-1"));

    assertThatThrownBy(() -> service.pay(keyed(Access.ACTIVE, Optional.empty(), "pay-1")))
        .isInstanceOf(IdempotencyKeyReusedException.class);
  }

  @Test
  void theTokenAPaymentFinishedStillReplaysThatPaymentButDoesNothingElse() {
    var hold = fixture.holdAt(FAN, clock.instant());
    fund(FAN, 100_000);
    Payment first = service.pay(keyed(Access.ACTIVE, Optional.of(hold.id()), "pay-1"));
    var next = fixture.holdAt(FAN, clock.instant());

    var replay = service.pay(keyed(Access.FINISHED, Optional.of(hold.id()), "pay-1"));

    assertThat(replay).isEqualTo(first);
    assertThatThrownBy(() -> service.pay(keyed(Access.FINISHED, Optional.of(next.id()), "pay-2")))
        .isInstanceOf(TokenInvalidException.class);
    assertThatThrownBy(
            () ->
                service.pay(
                    new PayCommand(
                        new QueuePass(FAN, Access.FINISHED, 0),
                        Optional.of(next.id()),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty())))
        .isInstanceOf(TokenInvalidException.class);
    assertThat(status(next)).isEqualTo(ReservationStatus.HELD);
    assertThat(balance(FAN)).isEqualTo(Money.won(50_000));
  }

  PayCommand keyed(Access access, Optional<ReservationId> reservation, String key) {
    return new PayCommand(
        new QueuePass(FAN, access, 0),
        reservation,
        Optional.empty(),
        Optional.empty(),
        Optional.of(new IdempotencyKey(key)));
  }
}
