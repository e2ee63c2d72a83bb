package com.concert.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.concert.application.fake.InMemoryIdempotencyStore;
import com.concert.application.port.in.IdempotencyInProgressException;
import com.concert.application.port.in.IdempotencyKey;
import com.concert.application.port.in.IdempotencyKeyReusedException;
import com.concert.application.port.out.IdempotencyScope;
import com.concert.application.port.out.RequestFingerprint;
import com.concert.application.service.Idempotency.Performed;
import com.concert.domain.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdempotencyTest {

  private static final IdempotencyScope SCOPE = new IdempotencyScope("POST /x", new UserId(42));
  private static final Optional<IdempotencyKey> KEY = Optional.of(new IdempotencyKey("k-1"));
  private static final RequestFingerprint REQUEST = RequestFingerprint.of(Map.of("amount", 5L));

  private final InMemoryIdempotencyStore store = new InMemoryIdempotencyStore();
  private final Idempotency idempotency =
      new Idempotency(store, Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));
  private final List<String> performed = new ArrayList<>();
  private final List<Long> replayed = new ArrayList<>();

  @Test
  void withoutAKeyTheEffectHappensEveryTime() {
    assertThat(call(SCOPE, Optional.empty(), REQUEST)).isEqualTo("effect 1");
    assertThat(call(SCOPE, Optional.empty(), REQUEST)).isEqualTo("effect 2");

    assertThat(performed).hasSize(2);
    assertThat(store.size()).isZero();
  }

  @Test
  void aRetryWithTheSameRequestGetsTheFirstResponseAndChangesNothing() {
    var first = call(SCOPE, KEY, REQUEST);
    var retry = call(SCOPE, KEY, REQUEST);

    assertThat(first).isEqualTo("effect 1");
    assertThat(retry).isEqualTo("replay of 101");
    assertThat(performed).containsExactly("effect 1");
    assertThat(replayed).containsExactly(101L);
  }

  @Test
  void theSameKeyWithAnotherRequestIsRefusedAndChangesNothing() {
    call(SCOPE, KEY, REQUEST);
    var another = RequestFingerprint.of(Map.of("amount", 6L));

    assertThatThrownBy(() -> call(SCOPE, KEY, another))
        .isInstanceOf(IdempotencyKeyReusedException.class);
    assertThat(performed).hasSize(1);
    assertThat(replayed).isEmpty();
  }

  @Test
  void aKeyWhoseFirstRequestIsStillRunningIsRefusedRatherThanUsedTwice() {
    store.claim(SCOPE, KEY.get(), REQUEST, Instant.parse("2026-12-01T10:00:00Z"));

    assertThatThrownBy(() -> call(SCOPE, KEY, REQUEST))
        .isInstanceOf(IdempotencyInProgressException.class);
    assertThat(performed).isEmpty();
  }

  @Test
  void aKeyBelongsToOneEndpointAndOneUser() {
    call(SCOPE, KEY, REQUEST);
    call(new IdempotencyScope("POST /x", new UserId(43)), KEY, REQUEST);
    call(new IdempotencyScope("POST /y", new UserId(42)), KEY, REQUEST);

    assertThat(performed).hasSize(3);
  }

  private String call(
      IdempotencyScope scope, Optional<IdempotencyKey> key, RequestFingerprint request) {
    return idempotency.once(
        scope,
        key,
        request,
        () -> {
          var response = "effect " + (performed.size() + 1);
          performed.add(response);
          return new Performed<>(response, 100L + performed.size());
        },
        resultId -> {
          replayed.add(resultId);
          return "replay of " + resultId;
        });
  }
}
