package com.concert.domain.concert;

public enum SeatStatus {
  AVAILABLE,
  HELD,
  SOLD
}
