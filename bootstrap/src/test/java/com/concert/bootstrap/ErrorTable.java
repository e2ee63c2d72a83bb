package com.concert.bootstrap;

import static java.util.Map.entry;

import java.util.Map;

/** The error table of API.md, restated for the tests that hold the service to it. */
final class ErrorTable {

  /** Each problem code of the contract, with the one status it comes with. */
  static final Map<String, Integer> STATUS_BY_CODE =
      Map.ofEntries(
          entry("INVALID_REQUEST", 400),
          entry("INVALID_AMOUNT", 400),
          entry("TOKEN_INVALID", 401),
          entry("ADMIN_KEY_INVALID", 401),
          entry("TOKEN_NOT_ACTIVE", 403),
          entry("FORBIDDEN", 403),
          entry("CONCERT_NOT_FOUND", 404),
          entry("SCHEDULE_NOT_FOUND", 404),
          entry("SEAT_NOT_FOUND", 404),
          entry("RESERVATION_NOT_FOUND", 404),
          entry("NOT_FOUND", 404),
          entry("METHOD_NOT_ALLOWED", 405),
          entry("SEAT_UNAVAILABLE", 409),
          entry("HOLD_LIMIT_REACHED", 409),
          entry("HOLD_EXPIRED", 409),
          entry("RESERVATION_NOT_HELD", 409),
          entry("INSUFFICIENT_BALANCE", 409),
          entry("AMOUNT_MISMATCH", 409),
          entry("BALANCE_LIMIT_EXCEEDED", 409),
          entry("IDEMPOTENCY_IN_PROGRESS", 409),
          entry("PAYLOAD_TOO_LARGE", 413),
          entry("UNSUPPORTED_MEDIA_TYPE", 415),
          entry("IDEMPOTENCY_KEY_REUSED", 422),
          entry("UNAVAILABLE", 503));

  private ErrorTable() {}
}
