package com.concert.application.port.in;

import com.concert.domain.payment.Payment;

public interface PayUseCase {

  /**
   * Pays, all or nothing: the wallet is debited, each reservation confirmed and its seat sold, the
   * payment and its ledger entry recorded, and the user's queue slot given back once they hold
   * nothing more.
   */
  Payment pay(PayCommand command);
}
