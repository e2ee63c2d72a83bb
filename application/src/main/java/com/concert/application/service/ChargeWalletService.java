package com.concert.application.service;

import com.concert.application.port.in.ChargeWalletCommand;
import com.concert.application.port.in.ChargeWalletUseCase;
import com.concert.application.port.out.IdempotencyScope;
import com.concert.application.port.out.RequestFingerprint;
import com.concert.application.service.Idempotency.Performed;
import com.concert.domain.port.out.WalletRepository;
import com.concert.domain.shared.UserId;
import com.concert.domain.wallet.LedgerEntry;
import com.concert.domain.wallet.LedgerEntryId;
import com.concert.domain.wallet.Wallet;
import com.concert.domain.wallet.WalletPolicy;
import java.time.Clock;
import java.util.Map;

public class ChargeWalletService implements ChargeWalletUseCase {

  static final String ENDPOINT = "POST /api/charge";

  private final WalletRepository wallets;
  private final WalletPolicy policy;
  private final Idempotency idempotency;
  private final Clock clock;

  public ChargeWalletService(
      WalletRepository wallets, WalletPolicy policy, Idempotency idempotency, Clock clock) {
    this.wallets = wallets;
    this.policy = policy;
    this.idempotency = idempotency;
    this.clock = clock;
  }

  @Override
  public Wallet charge(ChargeWalletCommand command) {
    var user = command.user();
    var amount = policy.charge(command.amount());
    var request = RequestFingerprint.of(Map.of("userId", user.value(), "amount", amount.won()));
    return idempotency.once(
        new IdempotencyScope(ENDPOINT, user),
        command.idempotencyKey(),
        request,
        () -> {
          var entry =
              wallets.credit(user, amount, policy.highestBalanceBefore(amount), clock.instant());
          return new Performed<>(entry.walletAfter(), entry.id().value());
        },
        entryId -> walletAfter(user, entryId));
  }

  /** The wallet as the first charge with the key left it, whatever happened since. */
  private Wallet walletAfter(UserId user, long entryId) {
    return wallets
        .findLedgerEntry(new LedgerEntryId(entryId))
        .filter(entry -> entry.user().equals(user))
        .map(LedgerEntry::walletAfter)
        .orElseThrow(
            () -> new IllegalStateException("the ledger entry " + entryId + " of a key is gone"));
  }
}
