package com.concert.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.concert.application.fake.InMemoryWalletRepository;
import com.concert.domain.shared.Money;
import com.concert.domain.shared.UserId;
import com.concert.domain.wallet.Wallet;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GetBalanceServiceTest {

  private final InMemoryWalletRepository wallets = new InMemoryWalletRepository();
  private final GetBalanceService service = new GetBalanceService(wallets);

  @Test
  void aUserWhoNeverChargedHasNothing() {
    assertThat(service.balance(new UserId(42))).isEqualTo(Wallet.empty(new UserId(42)));
  }

  @Test
  void aUserWhoChargedHasWhatTheyCharged() {
    wallets.credit(new UserId(42), Money.won(700), Long.MAX_VALUE, Instant.EPOCH);

    assertThat(service.balance(new UserId(42)).balance()).isEqualTo(Money.won(700));
  }
}
