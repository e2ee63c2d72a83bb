package com.concert.domain.concert;

import static org.assertj.core.api.Assertions.assertThat;

import com.concert.domain.reservation.HoldPeriod;
import com.concert.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A seat's status is read from what occupies it, at the moment of asking. */
class SeatStatusTest {

  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  private static final HoldPeriod HOLD = HoldPeriod.startingAt(NOW, Duration.ofMinutes(5));

  @Test
  void aFreeSeatIsAvailable() {
    assertThat(seat(new SeatOccupancy.Free()).statusAt(NOW)).isEqualTo(SeatStatus.AVAILABLE);
  }

  @Test
  void aSoldSeatIsSoldForever() {
    var sold = seat(new SeatOccupancy.Sold());

    assertThat(sold.statusAt(NOW)).isEqualTo(SeatStatus.SOLD);
    assertThat(sold.statusAt(NOW.plus(Duration.ofDays(365)))).isEqualTo(SeatStatus.SOLD);
  }

  @Test
  void aRunningHoldReadsHeld() {
    var held = seat(new SeatOccupancy.Held(HOLD));

    assertThat(held.statusAt(NOW)).isEqualTo(SeatStatus.HELD);
    assertThat(held.statusAt(HOLD.expiresAt().minusNanos(1_000))).isEqualTo(SeatStatus.HELD);
  }

  @Test
  void aHoldReadsAvailableFromTheInstantItExpires() {
    var held = seat(new SeatOccupancy.Held(HOLD));

    assertThat(held.statusAt(HOLD.expiresAt())).isEqualTo(SeatStatus.AVAILABLE);
    assertThat(held.statusAt(HOLD.expiresAt().plusSeconds(60))).isEqualTo(SeatStatus.AVAILABLE);
  }

  private static Seat seat(SeatOccupancy occupancy) {
    return new Seat(new ScheduleId(1), new SeatNo(7), Money.won(120_000), occupancy);
  }
}
