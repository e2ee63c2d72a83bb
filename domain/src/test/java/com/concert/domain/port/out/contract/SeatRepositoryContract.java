package com.concert.domain.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.concert.domain.concert.Concert;
import com.concert.domain.concert.ConcertPlan;
import com.concert.domain.concert.ConcertTitle;
import com.concert.domain.concert.Schedule;
import com.concert.domain.concert.ScheduleId;
import com.concert.domain.concert.SchedulePlan;
import com.concert.domain.concert.Seat;
import com.concert.domain.concert.SeatNo;
import com.concert.domain.concert.SeatOccupancy;
import com.concert.domain.concert.SeatStatus;
import com.concert.domain.port.out.ConcertRepository;
import com.concert.domain.port.out.SeatRepository;
import com.concert.domain.reservation.HoldPeriod;
import com.concert.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SeatRepository} does. A seat is occupied by a reservation, which this port does
 * not write: each implementation says how to {@link #hold} and {@link #sell} a seat.
 */
public abstract class SeatRepositoryContract {

  protected static final Instant NOW = Instant.parse("2026-12-01T01:00:00Z");
  protected static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  private SeatRepository seats;
  private Schedule small;
  private Schedule large;

  /** The concerts of an empty catalog; called before each test, before {@link #seats()}. */
  protected abstract ConcertRepository emptyCatalog();

  /** The seats of the catalog {@link #emptyCatalog()} gave. */
  protected abstract SeatRepository seats();

  /** Occupies the seat with a hold for that period. */
  protected abstract void hold(ScheduleId schedule, SeatNo seat, HoldPeriod period);

  /** Occupies the seat with a paid reservation. */
  protected abstract void sell(ScheduleId schedule, SeatNo seat);

  @BeforeEach
  void addAConcertWithTwoShows() {
    var concerts = emptyCatalog();
    seats = seats();
    Concert concert =
        concerts.add(
            ConcertPlan.of(
                new ConcertTitle("Winter Gala"),
                List.of(
                    new SchedulePlan(TODAY.plusDays(1), 3, Money.won(55_000)),
                    new SchedulePlan(TODAY.plusDays(2), 5, Money.won(70_000))),
                TODAY),
            NOW);
    small = concert.schedules().get(0);
    large = concert.schedules().get(1);
  }

  @Test
  void everySeatOfANewShowIsFreeAtTheShowsPriceInSeatNumberOrder() {
    var found = seats.findBySchedule(small.id());

    assertThat(found)
        .containsExactly(free(small, 1, 55_000), free(small, 2, 55_000), free(small, 3, 55_000));
    assertThat(seats.findBySchedule(large.id()))
        .extracting(seat -> seat.seatNo().value())
        .containsExactly(1, 2, 3, 4, 5);
  }

  @Test
  void anUnknownShowHasNoSeats() {
    assertThat(seats.findBySchedule(new ScheduleId(large.id().value() + 1000))).isEmpty();
  }

  @Test
  void aHeldSeatCarriesItsHold() {
    var period = HoldPeriod.startingAt(NOW, Duration.ofMinutes(5));
    hold(small.id(), new SeatNo(2), period);

    var found = seats.findBySchedule(small.id());

    assertThat(found.get(1).occupancy()).isEqualTo(new SeatOccupancy.Held(period));
    assertThat(found.get(1).statusAt(NOW)).isEqualTo(SeatStatus.HELD);
    assertThat(found.get(0).occupancy()).isEqualTo(new SeatOccupancy.Free());
    assertThat(found.get(2).occupancy()).isEqualTo(new SeatOccupancy.Free());
  }

  @Test
  void aHoldPastItsExpiryReadsAvailable() {
    hold(
        small.id(),
        new SeatNo(1),
        HoldPeriod.startingAt(NOW.minusSeconds(600), Duration.ofMinutes(5)));

    var seat = seats.findBySchedule(small.id()).get(0);

    assertThat(seat.statusAt(NOW)).isEqualTo(SeatStatus.AVAILABLE);
  }

  @Test
  void aSoldSeatIsSold() {
    sell(large.id(), new SeatNo(5));

    var found = seats.findBySchedule(large.id());

    assertThat(found.get(4).occupancy()).isEqualTo(new SeatOccupancy.Sold());
    assertThat(found.get(4).statusAt(NOW)).isEqualTo(SeatStatus.SOLD);
    assertThat(seats.findBySchedule(small.id()))
        .allMatch(seat -> seat.statusAt(NOW) == SeatStatus.AVAILABLE);
  }

  @Test
  void countsTheFreeSeatsOfEveryGivenShow() {
    assertThat(seats.countAvailable(List.of(small.id(), large.id()), NOW))
        .containsOnly(entry(small.id(), 3), entry(large.id(), 5));
    assertThat(seats.countAvailable(List.of(large.id()), NOW)).containsOnly(entry(large.id(), 5));
  }

  @Test
  void countsNeitherRunningHoldsNorSoldSeatsButCountsHoldsThatHaveExpired() {
    hold(large.id(), new SeatNo(1), HoldPeriod.startingAt(NOW, Duration.ofMinutes(5)));
    hold(
        large.id(),
        new SeatNo(2),
        HoldPeriod.startingAt(NOW.minusSeconds(600), Duration.ofMinutes(5)));
    sell(large.id(), new SeatNo(3));

    assertThat(seats.countAvailable(List.of(large.id()), NOW)).containsOnly(entry(large.id(), 3));
  }

  @Test
  void aHoldCountsAsFreeFromTheInstantItExpires() {
    var period = HoldPeriod.startingAt(NOW.minusSeconds(300), Duration.ofMinutes(5));
    hold(small.id(), new SeatNo(1), period);

    assertThat(seats.countAvailable(List.of(small.id()), period.expiresAt().minusNanos(1_000)))
        .containsOnly(entry(small.id(), 2));
    assertThat(seats.countAvailable(List.of(small.id()), period.expiresAt()))
        .containsOnly(entry(small.id(), 3));
  }

  @Test
  void aShowWithEverySeatTakenCountsZero() {
    hold(small.id(), new SeatNo(1), HoldPeriod.startingAt(NOW, Duration.ofMinutes(5)));
    sell(small.id(), new SeatNo(2));
    sell(small.id(), new SeatNo(3));

    assertThat(seats.countAvailable(List.of(small.id(), large.id()), NOW))
        .containsOnly(entry(small.id(), 0), entry(large.id(), 5));
  }

  @Test
  void countingNoShowsGivesAnEmptyAnswer() {
    assertThat(seats.countAvailable(List.of(), NOW)).isEmpty();
  }

  private static Seat free(Schedule schedule, int seatNo, long price) {
    return new Seat(schedule.id(), new SeatNo(seatNo), Money.won(price), new SeatOccupancy.Free());
  }
}
