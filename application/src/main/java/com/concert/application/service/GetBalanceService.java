package com.concert.application.service;

import com.concert.application.port.in.GetBalanceUseCase;
import com.concert.domain.port.out.WalletRepository;
import com.concert.domain.shared.UserId;
import com.concert.domain.wallet.Wallet;

public class GetBalanceService implements GetBalanceUseCase {

  private final WalletRepository wallets;

  public GetBalanceService(WalletRepository wallets) {
    this.wallets = wallets;
  }

  @Override
  public Wallet balance(UserId user) {
    return wallets.findByUser(user).orElseGet(() -> Wallet.empty(user));
  }
}
