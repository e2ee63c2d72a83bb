package com.concert.domain.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.concert.domain.shared.ErrorCode;
import com.concert.domain.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WalletPolicyTest {

  private final WalletPolicy policy = new WalletPolicy(Money.won(10_000), Money.won(50_000));

  @ParameterizedTest
  @ValueSource(longs = {0, -1, -10_000, Long.MIN_VALUE, 10_001, Long.MAX_VALUE})
  void aChargeOutsideOneToTheLargestChargeIsAnInvalidAmount(long won) {
    assertThatThrownBy(() -> policy.charge(won))
        .isInstanceOfSatisfying(
            InvalidAmountException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_AMOUNT));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 5_000, 10_000})
  void aChargeOfOneToTheLargestChargeIsAccepted(long won) {
    assertThat(policy.charge(won)).isEqualTo(Money.won(won));
  }

  @Test
  void aCreditFitsOnABalanceUpToTheLimitLessTheCredit() {
    assertThat(policy.highestBalanceBefore(Money.won(10_000))).isEqualTo(40_000);
    assertThat(policy.highestBalanceBefore(Money.won(50_000))).isZero();
  }

  @Test
  void aCreditAboveTheLimitFitsNoBalanceNotEvenAnEmptyOne() {
    assertThat(policy.highestBalanceBefore(Money.won(50_001))).isNegative();
  }

  @Test
  void theLargestLimitsNeitherOverflowNorRefuseTheLargestAmounts() {
    var unbounded = new WalletPolicy(Money.won(Long.MAX_VALUE), Money.won(Long.MAX_VALUE));

    assertThat(unbounded.charge(Long.MAX_VALUE)).isEqualTo(Money.won(Long.MAX_VALUE));
    assertThat(unbounded.highestBalanceBefore(Money.won(Long.MAX_VALUE))).isZero();
    assertThat(unbounded.highestBalanceBefore(Money.won(1))).isEqualTo(Long.MAX_VALUE - 1);
    assertThat(unbounded.highestBalanceBefore(Money.won(0))).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void aCreditOfTheLargestAmountOnASmallLimitDoesNotWrapAround() {
    var small = new WalletPolicy(Money.won(1), Money.won(1));

    assertThat(small.highestBalanceBefore(Money.won(Long.MAX_VALUE)))
        .isEqualTo(1 - Long.MAX_VALUE)
        .isNegative();
  }

  @Test
  void limitsOfNothingAreRefused() {
    assertThatThrownBy(() -> new WalletPolicy(Money.ZERO, Money.won(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new WalletPolicy(Money.won(1), Money.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
