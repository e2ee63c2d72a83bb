package com.concert.adapter.in.web.catalog;

import java.time.LocalDate;

public record AvailableDateResponse(LocalDate date, int availableSeats) {}
