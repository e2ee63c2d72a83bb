package com.concert.application.port.in;

import com.concert.domain.concert.SeatNo;
import com.concert.domain.concert.SeatStatus;
import com.concert.domain.shared.Money;

public record SeatView(SeatNo seatNo, SeatStatus status, Money price) {}
