package com.concert.application.port.in;

import com.concert.domain.wallet.Wallet;

public interface ChargeWalletUseCase {

  /**
   * Adds the amount to the user's balance and records it in the ledger; the wallet after the
   * charge. With an Idempotency-Key already used for the same charge, nothing changes and the
   * wallet as the first charge left it is the answer.
   *
   * @throws com.concert.domain.wallet.InvalidAmountException unless the amount is 1 to the largest
   *     charge
   * @throws com.concert.domain.wallet.BalanceLimitExceededException when the balance would exceed
   *     the largest balance
   * @throws IdempotencyKeyReusedException when the key was used for a different charge
   * @throws IdempotencyInProgressException when a charge with the key is still running
   */
  Wallet charge(ChargeWalletCommand command);
}
