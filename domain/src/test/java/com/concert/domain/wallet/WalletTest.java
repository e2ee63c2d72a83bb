package com.concert.domain.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.concert.domain.shared.ErrorCode;
import com.concert.domain.shared.InvalidRequestException;
import com.concert.domain.shared.Money;
import com.concert.domain.shared.UserId;
import org.junit.jupiter.api.Test;

class WalletTest {

  @Test
  void aUserWhoNeverChargedHoldsNothing() {
    assertThat(Wallet.empty(new UserId(42))).isEqualTo(new Wallet(new UserId(42), Money.ZERO));
  }

  /** The last line of defence of "a wallet never goes below zero" in the domain. */
  @Test
  void aBalanceIsNeverNegative() {
    assertThatThrownBy(() -> new Wallet(new UserId(42), Money.won(-1)))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST));
  }

  @Test
  void eachWalletErrorCarriesTheCodeOfTheContract() {
    var user = new UserId(42);

    assertThat(new InvalidAmountException(0, 10).code()).isEqualTo(ErrorCode.INVALID_AMOUNT);
    assertThat(new BalanceLimitExceededException(user, Money.won(5)).code())
        .isEqualTo(ErrorCode.BALANCE_LIMIT_EXCEEDED);
    assertThat(new InsufficientBalanceException(user, Money.won(5)).code())
        .isEqualTo(ErrorCode.INSUFFICIENT_BALANCE);
  }
}
