package com.concert.application.service;

import com.concert.application.port.in.PayCommand;
import com.concert.application.port.in.PayUseCase;
import com.concert.application.port.in.QueuePass.Access;
import com.concert.application.port.out.BookingEvents;
import com.concert.application.port.out.IdempotencyScope;
import com.concert.application.port.out.RequestFingerprint;
import com.concert.application.port.out.UserLock;
import com.concert.application.service.Idempotency.Performed;
import com.concert.domain.payment.Payment;
import com.concert.domain.payment.PaymentDue;
import com.concert.domain.payment.PaymentId;
import com.concert.domain.port.out.PaymentRepository;
import com.concert.domain.port.out.ReservationRepository;
import com.concert.domain.port.out.WaitingQueue;
import com.concert.domain.port.out.WalletRepository;
import com.concert.domain.queue.TokenInvalidException;
import com.concert.domain.reservation.Reservation;
import com.concert.domain.reservation.ReservationNotFoundException;
import com.concert.domain.shared.ForbiddenException;
import com.concert.domain.shared.Money;
import com.concert.domain.shared.UserId;
import com.concert.domain.wallet.Wallet;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;

/**
 * Pays for held seats in one transaction (the use case's): the checks in the contract's order, then
 * the debit, the payment, the confirmations and the release of the queue slot, or nothing.
 *
 * <p>The user's lock serializes the user's own payments, holds and cancellations; the reservations
 * are locked as they are read, so the expiry sweeper skips them and a payment racing it ends one
 * way or the other, never half. A finished token (its user just paid) may only replay the payment
 * that finished it, by its Idempotency-Key.
 */
public class PayService implements PayUseCase {

  static final String ENDPOINT = "POST /api/payment";

  private final UserLock userLock;
  private final ReservationRepository reservations;
  private final WalletRepository wallets;
  private final PaymentRepository payments;
  private final WaitingQueue queue;
  private final Idempotency idempotency;
  private final BookingEvents events;
  private final Clock clock;

  public PayService(
      UserLock userLock,
      ReservationRepository reservations,
      WalletRepository wallets,
      PaymentRepository payments,
      WaitingQueue queue,
      Idempotency idempotency,
      BookingEvents events,
      Clock clock) {
    this.userLock = userLock;
    this.reservations = reservations;
    this.wallets = wallets;
    this.payments = payments;
    this.queue = queue;
    this.idempotency = idempotency;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public Payment pay(PayCommand command) {
    var user = command.pass().user();
    if (command.claimedUser().isPresent() && !command.claimedUser().get().equals(user)) {
      throw new ForbiddenException("a payment is made by the queue token's user only");
    }
    return idempotency.once(
        new IdempotencyScope(ENDPOINT, user),
        command.idempotencyKey(),
        fingerprint(command),
        () -> {
          if (command.pass().access() != Access.ACTIVE) {
            throw new TokenInvalidException("the queue token is no longer valid");
          }
          var payment = payFor(user, command);
          return new Performed<>(payment, payment.id().value());
        },
        paymentId ->
            payments
                .findById(new PaymentId(paymentId))
                .orElseThrow(
                    () -> new IllegalStateException("the payment " + paymentId + " is gone")));
  }

  private Payment payFor(UserId user, PayCommand command) {
    var now = clock.instant();
    userLock.lockUntilTransactionEnds(user);
    var due = PaymentDue.of(held(user, command, now), now);
    due.confirmClaimedAmount(command.claimedAmount());

    var id = payments.nextId();
    var balanceAfter = debit(user, due.total(), id, now);
    var payment =
        new Payment(
            id,
            user,
            due.total(),
            balanceAfter,
            due.reservations().stream().map(Reservation::id).toList(),
            now);
    payments.add(payment);
    due.reservations()
        .forEach(reservation -> reservations.recordClosing(reservation.confirm(id, now)));
    if (reservations.countLiveHolds(user, now) == 0) {
      queue.finish(user, now);
    }
    events.paymentCompleted(payment);
    return payment;
  }

  private List<Reservation> held(UserId user, PayCommand command, Instant now) {
    if (command.reservation().isEmpty()) {
      return reservations.findLiveHoldsOfUserForUpdate(user, now);
    }
    var id = command.reservation().get();
    return List.of(
        reservations
            .findOfUserForUpdate(id, user)
            .orElseThrow(() -> new ReservationNotFoundException(id)));
  }

  /** Seats may be free: then nothing is debited, and the balance is what the wallet holds. */
  private Money debit(UserId user, Money total, PaymentId payment, Instant now) {
    if (total.isZero()) {
      return wallets.findByUser(user).map(Wallet::balance).orElse(Money.ZERO);
    }
    return wallets.debit(user, total, payment, now).walletAfter().balance();
  }

  private static RequestFingerprint fingerprint(PayCommand command) {
    var fields = new HashMap<String, Object>();
    command.reservation().ifPresent(id -> fields.put("reservationId", id.value()));
    command.amount().ifPresent(amount -> fields.put("amount", amount));
    command.claimedUser().ifPresent(claimed -> fields.put("userId", claimed.value()));
    return RequestFingerprint.of(fields);
  }
}
