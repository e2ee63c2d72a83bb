package com.concert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The limits come from {@code concert.wallet.max-charge} and {@code .max-balance}. */
@ServiceTest(properties = {"concert.wallet.max-charge=1000", "concert.wallet.max-balance=2500"})
class WalletLimitsEndToEndTest {

  @LocalServerPort int port;
  HttpApi api;

  @BeforeEach
  void connect() {
    api = new HttpApi(port);
  }

  @Test
  void aChargeAboveTheConfiguredLargestChargeIsAnInvalidAmount() {
    var refused = charge(1, 1_001, null);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.code()).isEqualTo("INVALID_AMOUNT");
    assertThat(charge(1, 1_000, null).json().get("amount").asLong()).isEqualTo(1_000);
  }

  @Test
  void aBalanceMayReachTheConfiguredLimitButNeverExceedIt() {
    charge(2, 1_000, null);
    charge(2, 1_000, null);

    var refused = charge(2, 501, null);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.code()).isEqualTo("BALANCE_LIMIT_EXCEEDED");
    assertThat(balance(2)).isEqualTo(2_000);

    assertThat(charge(2, 500, null).json().get("amount").asLong()).isEqualTo(2_500);
    assertThat(charge(2, 1, null).code()).isEqualTo("BALANCE_LIMIT_EXCEEDED");
    assertThat(balance(2)).isEqualTo(2_500);
  }

  @Test
  void aChargeThatFailedWithAKeyLeftNoTraceSoTheKeyServesTheNextRequest() {
    charge(3, 1_000, null);
    charge(3, 1_000, null);

    var failed = charge(3, 1_000, "top-up-1");
    var accepted = charge(3, 500, "top-up-1");
    var replayed = charge(3, 500, "top-up-1");

    assertThat(failed.code()).isEqualTo("BALANCE_LIMIT_EXCEEDED");
    assertThat(accepted.status()).isEqualTo(200);
    assertThat(accepted.json().get("amount").asLong()).isEqualTo(2_500);
    assertThat(replayed.status()).isEqualTo(200);
    assertThat(replayed.text()).isEqualTo(accepted.text());
    assertThat(balance(3)).isEqualTo(2_500);
  }

  HttpApi.Response charge(long userId, long amount, String idempotencyKey) {
    var body = Map.of("userId", userId, "amount", amount);
    return idempotencyKey == null
        ? api.post("/api/charge", body)
        : api.post("/api/charge", body, "Idempotency-Key", idempotencyKey);
  }

  long balance(long userId) {
    return api.get("/api/charge?userId=" + userId).json().get("amount").asLong();
  }
}
