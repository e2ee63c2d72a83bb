package com.concert.adapter.in.web;

import com.concert.domain.concert.ConcertId;
import com.concert.domain.concert.ConcertTitle;
import com.concert.domain.concert.SeatNo;
import com.concert.domain.payment.PaymentId;
import com.concert.domain.reservation.ReservationId;
import com.concert.domain.shared.Money;
import com.concert.domain.shared.UserId;
import java.time.Instant;
import java.util.Optional;
import org.mapstruct.Mapper;

/**
 * How the contract's plain JSON values become value objects and back; the other mappers use it.
 * Wrapping validates, so a bad value fails here with the domain's own message.
 */
@Mapper
public interface ValueObjectMapper {

  default long fromConcertId(ConcertId id) {
    return id.value();
  }

  default String fromTitle(ConcertTitle title) {
    return title.value();
  }

  default ConcertTitle toTitle(String title) {
    return new ConcertTitle(title);
  }

  default long fromReservationId(ReservationId id) {
    return id.value();
  }

  default long fromPaymentId(PaymentId id) {
    return id.value();
  }

  default int fromSeatNo(SeatNo seatNo) {
    return seatNo.value();
  }

  default long fromMoney(Money money) {
    return money.won();
  }

  default Money toMoney(Long won) {
    return won == null ? null : Money.won(won);
  }

  default long fromUserId(UserId id) {
    return id.value();
  }

  default UserId toUserId(Long id) {
    return id == null ? null : new UserId(id);
  }

  /** An absent instant is {@code null} in JSON, as the contract's {@code expiresAt} is. */
  default Instant fromOptionalInstant(Optional<Instant> instant) {
    return instant.orElse(null);
  }
}
