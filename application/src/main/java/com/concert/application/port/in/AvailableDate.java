package com.concert.application.port.in;

import java.time.LocalDate;

public record AvailableDate(LocalDate date, int availableSeats) {}
