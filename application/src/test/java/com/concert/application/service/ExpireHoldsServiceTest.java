package com.concert.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.concert.application.fake.RecordingBookingEvents;
import com.concert.application.port.out.UnitOfWork;
import com.concert.domain.reservation.ReservationStatus;
import com.concert.domain.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ExpireHoldsServiceTest {

  static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  static final UserId USER = new UserId(42);

  final ReservationFixture fixture = new ReservationFixture();
  final RecordingBookingEvents events = new RecordingBookingEvents();
  int transactions;
  final UnitOfWork unitOfWork =
      new UnitOfWork() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
          transactions++;
          return work.get();
        }
      };

  ExpireHoldsService service() {
    return new ExpireHoldsService(
        fixture.reservations, unitOfWork, events, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  void everyHoldThatIsOverIsMarkedInBatchesOfTheirOwnTransaction() {
    var over = ExpireHoldsService.BATCH_SIZE + 1;
    for (int i = 0; i < over; i++) {
      fixture.holdAt(USER, NOW.minus(ReservationFixture.TTL));
    }
    var running = fixture.holdAt(USER, NOW.minusSeconds(1));

    var marked = service().expireHolds();

    assertThat(marked).isEqualTo(over);
    assertThat(transactions).isEqualTo(2);
    assertThat(events.events())
        .containsExactly("expired count=" + ExpireHoldsService.BATCH_SIZE, "expired count=1");
    assertThat(fixture.reservations.findByUser(USER))
        .filteredOn(reservation -> reservation.status() == ReservationStatus.EXPIRED)
        .hasSize(over);
    assertThat(fixture.reservations.findByUser(USER).get(0).id()).isEqualTo(running.id());
    assertThat(fixture.reservations.findByUser(USER).get(0).status())
        .isEqualTo(ReservationStatus.HELD);
  }

  @Test
  void aSecondSweepFindsNothingToDo() {
    fixture.holdAt(USER, NOW.minus(ReservationFixture.TTL));
    service().expireHolds();

    assertThat(service().expireHolds()).isZero();
    assertThat(events.events()).containsExactly("expired count=1");
  }
}
