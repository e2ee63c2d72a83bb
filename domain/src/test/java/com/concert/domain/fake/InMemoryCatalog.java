package com.concert.domain.fake;

import com.concert.domain.concert.Concert;
import com.concert.domain.concert.ConcertId;
import com.concert.domain.concert.ConcertPlan;
import com.concert.domain.concert.Schedule;
import com.concert.domain.concert.ScheduleId;
import com.concert.domain.concert.Seat;
import com.concert.domain.concert.SeatNo;
import com.concert.domain.concert.SeatOccupancy;
import com.concert.domain.concert.SeatStatus;
import com.concert.domain.port.out.ConcertRepository;
import com.concert.domain.port.out.SeatRepository;
import com.concert.domain.reservation.HoldPeriod;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The catalog ports in memory, for use-case tests. The contract tests of the ports run against it
 * as well as against the PostgreSQL adapters, so it behaves as they do. Tests occupy seats with
 * {@link #hold} and {@link #sell}, standing in for the reservations the real adapter reads.
 */
public class InMemoryCatalog implements ConcertRepository, SeatRepository {

  private final Map<ConcertId, Concert> concerts = new LinkedHashMap<>();
  private final Map<ScheduleId, TreeMap<Integer, Seat>> seats = new HashMap<>();
  private long lastConcertId;
  private long lastScheduleId;

  @Override
  public synchronized List<Concert> findAll() {
    return List.copyOf(concerts.values());
  }

  @Override
  public synchronized Optional<Concert> findById(ConcertId id) {
    return Optional.ofNullable(concerts.get(id));
  }

  @Override
  public synchronized Optional<Concert> findSole() {
    return concerts.size() == 1 ? concerts.values().stream().findFirst() : Optional.empty();
  }

  @Override
  public synchronized Concert add(ConcertPlan plan, Instant now) {
    var schedules = new ArrayList<Schedule>();
    for (var show : plan.schedules()) {
      var schedule =
          new Schedule(
              new ScheduleId(++lastScheduleId), show.date(), show.seatCount(), show.price());
      var showSeats = new TreeMap<Integer, Seat>();
      for (int seatNo = 1; seatNo <= show.seatCount(); seatNo++) {
        showSeats.put(
            seatNo,
            new Seat(schedule.id(), new SeatNo(seatNo), show.price(), new SeatOccupancy.Free()));
      }
      seats.put(schedule.id(), showSeats);
      schedules.add(schedule);
    }
    var concert = Concert.reconstitute(new ConcertId(++lastConcertId), plan.title(), schedules);
    concerts.put(concert.id(), concert);
    return concert;
  }

  @Override
  public synchronized Optional<Concert> addIfCatalogEmpty(ConcertPlan plan, Instant now) {
    return concerts.isEmpty() ? Optional.of(add(plan, now)) : Optional.empty();
  }

  @Override
  public synchronized List<Seat> findBySchedule(ScheduleId schedule) {
    return List.copyOf(seats.getOrDefault(schedule, new TreeMap<>()).values());
  }

  @Override
  public synchronized Map<ScheduleId, Integer> countAvailable(
      Collection<ScheduleId> schedules, Instant now) {
    var available = new HashMap<ScheduleId, Integer>();
    for (var schedule : schedules) {
      var showSeats = seats.get(schedule);
      if (showSeats != null) {
        var free =
            showSeats.values().stream()
                .filter(seat -> seat.statusAt(now) == SeatStatus.AVAILABLE)
                .count();
        available.put(schedule, (int) free);
      }
    }
    return available;
  }

  /** Puts a hold on the seat for that period, as a reservation of it would. */
  public synchronized void hold(ScheduleId schedule, SeatNo seatNo, HoldPeriod period) {
    occupy(schedule, seatNo, new SeatOccupancy.Held(period));
  }

  /** Marks the seat sold, as a paid reservation of it would. */
  public synchronized void sell(ScheduleId schedule, SeatNo seatNo) {
    occupy(schedule, seatNo, new SeatOccupancy.Sold());
  }

  private void occupy(ScheduleId schedule, SeatNo seatNo, SeatOccupancy occupancy) {
    var showSeats = seats.get(schedule);
    if (showSeats == null || !showSeats.containsKey(seatNo.value())) {
      throw new IllegalArgumentException(
          "no seat " + seatNo.value() + " in show " + schedule.value());
    }
    var seat = showSeats.get(seatNo.value());
    showSeats.put(seatNo.value(), new Seat(schedule, seatNo, seat.price(), occupancy));
  }
}
