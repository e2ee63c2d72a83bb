package com.concert.domain.shared;

/**
 * The stable code of every business rule a request can break. Clients see it as the {@code code} of
 * an error; the web adapter chooses the HTTP status for each.
 */
public enum ErrorCode {
  INVALID_REQUEST,
  INVALID_AMOUNT,
  TOKEN_INVALID,
  TOKEN_NOT_ACTIVE,
  FORBIDDEN,
  CONCERT_NOT_FOUND,
  SCHEDULE_NOT_FOUND,
  SEAT_NOT_FOUND,
  RESERVATION_NOT_FOUND,
  SEAT_UNAVAILABLE,
  HOLD_LIMIT_REACHED,
  HOLD_EXPIRED,
  RESERVATION_NOT_HELD,
  INSUFFICIENT_BALANCE,
  AMOUNT_MISMATCH,
  BALANCE_LIMIT_EXCEEDED,
  IDEMPOTENCY_IN_PROGRESS,
  IDEMPOTENCY_KEY_REUSED
}
