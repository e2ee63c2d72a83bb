package com.concert.bootstrap;

import com.concert.application.port.in.ChargeWalletUseCase;
import com.concert.application.port.in.GetBalanceUseCase;
import com.concert.application.port.in.PurgeIdempotencyKeysUseCase;
import com.concert.application.port.out.IdempotencyStore;
import com.concert.application.service.ChargeWalletService;
import com.concert.application.service.GetBalanceService;
import com.concert.application.service.Idempotency;
import com.concert.application.service.PurgeIdempotencyKeysService;
import com.concert.domain.port.out.WalletRepository;
import com.concert.domain.shared.Money;
import com.concert.domain.wallet.WalletPolicy;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The wallet's use cases, each wrapped in its transaction, and the Idempotency-Key handling every
 * retry-safe POST shares.
 */
@Configuration(proxyBeanMethods = false)
class WalletConfiguration {

  @Bean
  WalletPolicy walletPolicy(ConcertProperties properties) {
    var wallet = properties.wallet();
    return new WalletPolicy(Money.won(wallet.maxCharge()), Money.won(wallet.maxBalance()));
  }

  @Bean
  Idempotency idempotency(IdempotencyStore store, Clock clock) {
    return new Idempotency(store, clock);
  }

  @Bean
  ChargeWalletUseCase chargeWallet(
      WalletRepository wallets,
      WalletPolicy policy,
      Idempotency idempotency,
      Clock clock,
      Transactions tx) {
    var service = new ChargeWalletService(wallets, policy, idempotency, clock);
    return command -> tx.inTransaction(() -> service.charge(command));
  }

  @Bean
  GetBalanceUseCase getBalance(WalletRepository wallets, Transactions tx) {
    var service = new GetBalanceService(wallets);
    return user -> tx.readOnly(() -> service.balance(user));
  }

  @Bean
  PurgeIdempotencyKeysUseCase purgeIdempotencyKeys(
      IdempotencyStore store, Clock clock, Transactions tx) {
    var service = new PurgeIdempotencyKeysService(store, clock);
    return () -> tx.inTransaction(service::purgeExpiredKeys);
  }
}
