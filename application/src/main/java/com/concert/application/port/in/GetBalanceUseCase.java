package com.concert.application.port.in;

import com.concert.domain.shared.UserId;
import com.concert.domain.wallet.Wallet;

public interface GetBalanceUseCase {

  /** The user's wallet; one that holds nothing for a user who never charged. */
  Wallet balance(UserId user);
}
