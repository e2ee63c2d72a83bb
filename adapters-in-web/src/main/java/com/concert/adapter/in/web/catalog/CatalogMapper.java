package com.concert.adapter.in.web.catalog;

import com.concert.adapter.in.web.ValueObjectMapper;
import com.concert.application.port.in.AvailableDate;
import com.concert.application.port.in.ConcertSummary;
import com.concert.application.port.in.CreateConcertCommand;
import com.concert.application.port.in.SeatView;
import com.concert.domain.concert.SchedulePlan;
import java.util.List;
import org.mapstruct.Mapper;

@Mapper(uses = ValueObjectMapper.class)
public interface CatalogMapper {

  ConcertResponse toResponse(ConcertSummary concert);

  List<ConcertResponse> toConcertResponses(List<ConcertSummary> concerts);

  List<AvailableDateResponse> toDateResponses(List<AvailableDate> dates);

  List<SeatResponse> toSeatResponses(List<SeatView> seats);

  CreateConcertCommand toCommand(CreateConcertRequest request);

  SchedulePlan toPlan(CreateConcertRequest.ScheduleRequest schedule);
}
