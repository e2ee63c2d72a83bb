package com.concert.domain.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdmissionRateTest {

  final Instant now = Instant.parse("2026-12-01T10:00:00Z");

  @Test
  void thereIsNoPaceBeforeAnySlotWasGivenBack() {
    assertThat(AdmissionRate.measure(0, Optional.of(now.minusSeconds(600)), now)).isEmpty();
    assertThat(AdmissionRate.measure(5, Optional.empty(), now)).isEmpty();
  }

  @Test
  void aLongHistoryIsMeasuredOverTheWindow() {
    var rate = AdmissionRate.measure(600, Optional.of(now.minus(Duration.ofHours(2))), now);

    assertThat(rate).contains(new AdmissionRate(2.0));
  }

  @Test
  void aShortHistoryIsMeasuredOverItsOwnLength() {
    var rate = AdmissionRate.measure(60, Optional.of(now.minusSeconds(30)), now);

    assertThat(rate).contains(new AdmissionRate(2.0));
  }

  @Test
  void aVeryShortHistoryIsStretchedSoOneEarlyReleasePromisesLittle() {
    var rate = AdmissionRate.measure(1, Optional.of(now.minusSeconds(1)), now);

    assertThat(rate).contains(new AdmissionRate(0.1));
  }
}
