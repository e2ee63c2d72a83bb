package com.concert.domain.reservation;

public enum ReservationStatus {
  HELD,
  CONFIRMED,
  EXPIRED,
  CANCELLED
}
