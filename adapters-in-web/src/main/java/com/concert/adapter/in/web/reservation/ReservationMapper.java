package com.concert.adapter.in.web.reservation;

import com.concert.adapter.in.web.ValueObjectMapper;
import com.concert.application.port.in.HoldSeatCommand;
import com.concert.application.port.in.ReservationView;
import com.concert.domain.concert.ConcertId;
import com.concert.domain.concert.SeatNo;
import com.concert.domain.shared.UserId;
import java.util.List;
import java.util.Optional;
import org.mapstruct.Mapper;

@Mapper(uses = ValueObjectMapper.class)
public interface ReservationMapper {

  ReservationResponse toResponse(ReservationView reservation);

  List<ReservationResponse> toResponses(List<ReservationView> reservations);

  /** The hold the token's user asks for; the body never names the user. */
  default HoldSeatCommand toCommand(HoldSeatRequest request, UserId user) {
    return new HoldSeatCommand(
        user,
        Optional.ofNullable(request.concertId()).map(ConcertId::new),
        request.concertDate(),
        new SeatNo(request.seatNo()));
  }
}
