package com.concert.domain.fake;

import com.concert.domain.concert.ScheduleId;
import com.concert.domain.concert.SeatNo;
import com.concert.domain.port.out.ConcertRepository;
import com.concert.domain.port.out.SeatRepository;
import com.concert.domain.port.out.contract.SeatRepositoryContract;
import com.concert.domain.reservation.HoldPeriod;

class InMemorySeatRepositoryTest extends SeatRepositoryContract {

  private InMemoryCatalog catalog;

  @Override
  protected ConcertRepository emptyCatalog() {
    catalog = new InMemoryCatalog();
    return catalog;
  }

  @Override
  protected SeatRepository seats() {
    return catalog;
  }

  @Override
  protected void hold(ScheduleId schedule, SeatNo seat, HoldPeriod period) {
    catalog.hold(schedule, seat, period);
  }

  @Override
  protected void sell(ScheduleId schedule, SeatNo seat) {
    catalog.sell(schedule, seat);
  }
}
