package com.concert.domain.fake;

import com.concert.domain.concert.ScheduleId;
import com.concert.domain.concert.SeatNo;
import com.concert.domain.port.out.ReservationRepository;
import com.concert.domain.reservation.NewHold;
import com.concert.domain.reservation.Reservation;
import com.concert.domain.reservation.ReservationId;
import com.concert.domain.reservation.ReservationStatus;
import com.concert.domain.reservation.ReservedSeat;
import com.concert.domain.shared.Money;
import com.concert.domain.shared.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reservations in memory, for use-case tests. Every method runs under one monitor, which stands in
 * for the atomicity the database gives the real adapter; {@code ReservationRepositoryContract}
 * keeps the two honest.
 */
public class InMemoryReservations implements ReservationRepository {

  private record SeatKey(ScheduleId schedule, SeatNo seatNo) {
    static SeatKey of(ReservedSeat seat) {
      return new SeatKey(seat.schedule(), seat.seatNo());
    }
  }

  private final Map<SeatKey, Money> seatPrices = new HashMap<>();
  private final TreeMap<Long, Reservation> rows = new TreeMap<>();
  private long lastId;

  /** Makes the seat exist, at that price. */
  public synchronized void addSeat(ReservedSeat seat, Money price) {
    seatPrices.put(SeatKey.of(seat), price);
  }

  @Override
  public synchronized int countLiveHolds(UserId user, Instant now) {
    return (int)
        rows.values().stream()
            .filter(r -> r.user().equals(user) && r.statusAt(now) == ReservationStatus.HELD)
            .count();
  }

  @Override
  public synchronized Claim claim(NewHold hold) {
    var key = SeatKey.of(hold.seat());
    var price = seatPrices.get(key);
    if (price == null) {
      return new Claim.NoSuchSeat();
    }
    var now = hold.period().heldAt();
    var live =
        rows.values().stream()
            .filter(r -> SeatKey.of(r.seat()).equals(key))
            .filter(
                r ->
                    r.status() == ReservationStatus.HELD
                        || r.status() == ReservationStatus.CONFIRMED)
            .findFirst();
    if (live.isPresent()) {
      if (live.get().statusAt(now) != ReservationStatus.EXPIRED) {
        return new Claim.SeatTaken();
      }
      put(withStatus(live.get(), ReservationStatus.EXPIRED, now));
    }
    var reservation =
        Reservation.reconstitute(
            new ReservationId(++lastId),
            hold.user(),
            hold.seat(),
            price,
            ReservationStatus.HELD,
            hold.period(),
            Optional.empty(),
            Optional.empty());
    put(reservation);
    return new Claim.Won(reservation);
  }

  @Override
  public synchronized Optional<Reservation> findOfUserForUpdate(ReservationId id, UserId user) {
    return Optional.ofNullable(rows.get(id.value())).filter(r -> r.user().equals(user));
  }

  @Override
  public synchronized void recordClosing(Reservation reservation) {
    var stored = rows.get(reservation.id().value());
    if (stored == null || stored.status() != ReservationStatus.HELD) {
      throw new IllegalStateException("reservation " + reservation.id() + " is not held");
    }
    put(reservation);
  }

  @Override
  public synchronized List<Reservation> findLiveHoldsOfUserForUpdate(UserId user, Instant now) {
    return rows.values().stream()
        .filter(r -> r.user().equals(user) && r.statusAt(now) == ReservationStatus.HELD)
        .toList();
  }

  @Override
  public synchronized List<Reservation> findByUser(UserId user) {
    return rows.descendingMap().values().stream().filter(r -> r.user().equals(user)).toList();
  }

  @Override
  public synchronized int expireHolds(Instant now, int limit) {
    var over =
        rows.values().stream()
            .filter(r -> r.status() == ReservationStatus.HELD && r.period().isOverAt(now))
            .sorted(Comparator.comparing(r -> r.period().expiresAt()))
            .limit(limit)
            .toList();
    over.forEach(r -> put(withStatus(r, ReservationStatus.EXPIRED, now)));
    return over.size();
  }

  private void put(Reservation reservation) {
    rows.put(reservation.id().value(), reservation);
  }

  private static Reservation withStatus(Reservation r, ReservationStatus status, Instant at) {
    return Reservation.reconstitute(
        r.id(), r.user(), r.seat(), r.price(), status, r.period(), r.payment(), Optional.of(at));
  }
}
