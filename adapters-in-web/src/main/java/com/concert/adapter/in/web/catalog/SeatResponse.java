package com.concert.adapter.in.web.catalog;

public record SeatResponse(int seatNo, String status, long price) {}
