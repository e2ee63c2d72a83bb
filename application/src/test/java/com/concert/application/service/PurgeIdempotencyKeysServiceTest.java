package com.concert.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.concert.application.fake.InMemoryIdempotencyStore;
import com.concert.application.port.in.IdempotencyKey;
import com.concert.application.port.out.IdempotencyScope;
import com.concert.application.port.out.RequestFingerprint;
import com.concert.domain.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PurgeIdempotencyKeysServiceTest {

  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  private static final IdempotencyScope SCOPE = new IdempotencyScope("POST /x", new UserId(1));
  private static final RequestFingerprint REQUEST = RequestFingerprint.of(Map.of("a", 1));

  private final InMemoryIdempotencyStore store = new InMemoryIdempotencyStore();
  private final PurgeIdempotencyKeysService service =
      new PurgeIdempotencyKeysService(store, Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void keysAreKeptForTwentyFourHoursAndForgottenAfter() {
    claimAt("older", NOW.minus(Duration.ofHours(24)).minusMillis(1));
    claimAt("exactly-a-day", NOW.minus(Duration.ofHours(24)));
    claimAt("recent", NOW.minus(Duration.ofHours(23)));

    assertThat(service.purgeExpiredKeys()).isEqualTo(1);
    assertThat(store.size()).isEqualTo(2);
  }

  private void claimAt(String key, Instant at) {
    store.claim(SCOPE, new IdempotencyKey(key), REQUEST, at);
  }
}
