package com.concert.adapter.in.web.reservation;

import java.time.Instant;
import java.time.LocalDate;

public record ReservationResponse(
    long reservationId,
    long concertId,
    LocalDate concertDate,
    int seatNo,
    long price,
    String status,
    Instant expiresAt) {}
