package com.concert.domain.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.concert.domain.payment.PaymentId;
import com.concert.domain.shared.Money;
import com.concert.domain.shared.UserId;
import com.concert.domain.wallet.LedgerEntry.Kind;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LedgerEntryTest {

  private static final UserId USER = new UserId(42);
  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  private static final Optional<PaymentId> PAYMENT = Optional.of(new PaymentId(7));

  @Test
  void leavesTheWalletWithTheBalanceAfterIt() {
    var entry = entry(Kind.CHARGE, 500, Optional.empty());

    assertThat(entry.walletAfter()).isEqualTo(new Wallet(USER, Money.won(1_500)));
  }

  @Test
  void chargesAndRefundsAddPaymentsTake() {
    assertThat(entry(Kind.CHARGE, 500, Optional.empty()).amount()).isPositive();
    assertThat(entry(Kind.REFUND, 500, PAYMENT).amount()).isPositive();
    assertThat(entry(Kind.PAYMENT, -500, PAYMENT).amount()).isNegative();
  }

  @ParameterizedTest
  @CsvSource({"CHARGE, 0", "CHARGE, -500", "REFUND, -500", "PAYMENT, 500", "PAYMENT, 0"})
  void anEntryMovesMoneyInTheDirectionOfItsKind(Kind kind, long amount) {
    var payment = kind == Kind.CHARGE ? Optional.<PaymentId>empty() : PAYMENT;

    assertThatThrownBy(() -> entry(kind, amount, payment))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void paymentsAndRefundsNameTheirPaymentAndChargesNone() {
    assertThatThrownBy(() -> entry(Kind.CHARGE, 500, PAYMENT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> entry(Kind.PAYMENT, -500, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> entry(Kind.REFUND, 500, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static LedgerEntry entry(Kind kind, long amount, Optional<PaymentId> payment) {
    return new LedgerEntry(
        new LedgerEntryId(1), USER, kind, amount, Money.won(1_500), payment, NOW);
  }
}
