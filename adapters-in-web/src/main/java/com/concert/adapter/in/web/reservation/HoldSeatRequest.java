package com.concert.adapter.in.web.reservation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;

/** {@code concertId} may be left out while the catalog holds exactly one concert. */
public record HoldSeatRequest(
    @Positive Long concertId, @NotNull LocalDate concertDate, @NotNull @Positive Integer seatNo) {}
