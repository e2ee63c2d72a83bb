package com.concert.domain.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueuePolicyTest {

  final QueuePolicy policy = new QueuePolicy(100, Duration.ofMinutes(10));

  @ParameterizedTest(name = "{0} active leave {1} slots")
  @CsvSource({"0, 100", "1, 99", "99, 1", "100, 0", "130, 0"})
  void admitsOnlyIntoFreeSlots(int active, int slots) {
    assertThat(policy.slotsToFill(active)).isEqualTo(slots);
  }

  @Test
  void anActiveTokenLivesForTheTimeToLiveFromItsActivation() {
    var activated = Instant.parse("2026-12-01T10:00:00Z");

    assertThat(policy.expiryOfTokenActivatedAt(activated))
        .isEqualTo(Instant.parse("2026-12-01T10:10:00Z"));
  }

  @Test
  void withoutHistoryTheEstimateAssumesEachBatchTakesAWholeTimeToLive() {
    assertThat(policy.estimatedWaitSeconds(1, Optional.empty())).isEqualTo(600);
    assertThat(policy.estimatedWaitSeconds(100, Optional.empty())).isEqualTo(600);
    assertThat(policy.estimatedWaitSeconds(101, Optional.empty())).isEqualTo(1200);
  }

  @Test
  void withAMeasuredPaceTheEstimateIsThePositionOverThePace() {
    var twoPerSecond = Optional.of(new AdmissionRate(2.0));

    assertThat(policy.estimatedWaitSeconds(1, twoPerSecond)).isEqualTo(1);
    assertThat(policy.estimatedWaitSeconds(17, twoPerSecond)).isEqualTo(9);
    assertThat(policy.estimatedWaitSeconds(100_000, twoPerSecond)).isEqualTo(50_000);
  }

  @Test
  void anAdmittedUserWaitsNoLonger() {
    assertThat(policy.estimatedWaitSeconds(0, Optional.of(new AdmissionRate(0.5)))).isZero();
    assertThat(policy.estimatedWaitSeconds(0, Optional.empty())).isZero();
  }

  @Test
  void rejectsAQueueNobodyCouldEnter() {
    assertThatThrownBy(() -> new QueuePolicy(0, Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new QueuePolicy(1, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
