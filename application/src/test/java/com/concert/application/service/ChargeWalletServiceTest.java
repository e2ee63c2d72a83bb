package com.concert.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.concert.application.fake.InMemoryIdempotencyStore;
import com.concert.application.fake.InMemoryWalletRepository;
import com.concert.application.port.in.ChargeWalletCommand;
import com.concert.application.port.in.IdempotencyKey;
import com.concert.application.port.in.IdempotencyKeyReusedException;
import com.concert.domain.shared.Money;
import com.concert.domain.shared.UserId;
import com.concert.domain.wallet.BalanceLimitExceededException;
import com.concert.domain.wallet.InvalidAmountException;
import com.concert.domain.wallet.LedgerEntry;
import com.concert.domain.wallet.Wallet;
import com.concert.domain.wallet.WalletPolicy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChargeWalletServiceTest {

  private static final UserId USER = new UserId(42);
  private static final Optional<IdempotencyKey> KEY = Optional.of(new IdempotencyKey("charge-1"));

  private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
  private final InMemoryWalletRepository wallets = new InMemoryWalletRepository();
  private final InMemoryIdempotencyStore keys = new InMemoryIdempotencyStore();
  private final ChargeWalletService service =
      new ChargeWalletService(
          wallets,
          new WalletPolicy(Money.won(10_000), Money.won(25_000)),
          new Idempotency(keys, clock),
          clock);

  @Test
  void addsTheAmountAndAnswersTheWalletAfterIt() {
    assertThat(charge(4_000, Optional.empty())).isEqualTo(wallet(4_000));
    assertThat(charge(6_000, Optional.empty())).isEqualTo(wallet(10_000));

    assertThat(wallets.ledgerOf(USER))
        .extracting(LedgerEntry::amount)
        .containsExactly(4_000L, 6_000L);
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, 10_001})
  void anAmountOutsideTheLimitsIsRefusedBeforeTheKeyIsTaken(long amount) {
    assertThatThrownBy(() -> charge(amount, KEY)).isInstanceOf(InvalidAmountException.class);

    assertThat(keys.size()).isZero();
    assertThat(wallets.findByUser(USER)).isEmpty();
  }

  @Test
  void aChargeThatWouldExceedTheLargestBalanceIsRefused() {
    charge(10_000, Optional.empty());
    charge(10_000, Optional.empty());

    assertThatThrownBy(() -> charge(5_001, Optional.empty()))
        .isInstanceOf(BalanceLimitExceededException.class);
    assertThat(charge(5_000, Optional.empty())).isEqualTo(wallet(25_000));
  }

  @Test
  void aRetryAnswersTheWalletAsTheFirstChargeLeftItAndChargesNothing() {
    var first = charge(4_000, KEY);
    charge(1_000, Optional.empty());

    var retry = charge(4_000, KEY);

    assertThat(retry).isEqualTo(first).isEqualTo(wallet(4_000));
    assertThat(wallets.findByUser(USER)).contains(wallet(5_000));
    assertThat(wallets.ledgerOf(USER)).hasSize(2);
  }

  @Test
  void theSameKeyForAnotherAmountIsRefused() {
    charge(4_000, KEY);

    assertThatThrownBy(() -> charge(4_001, KEY)).isInstanceOf(IdempotencyKeyReusedException.class);
    assertThat(wallets.findByUser(USER)).contains(wallet(4_000));
  }

  private Wallet charge(long amount, Optional<IdempotencyKey> key) {
    return service.charge(new ChargeWalletCommand(USER, amount, key));
  }

  private static Wallet wallet(long balance) {
    return new Wallet(USER, Money.won(balance));
  }
}
