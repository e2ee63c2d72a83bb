package com.concert.adapter.in.web.error;

import com.concert.domain.shared.ErrorCode;
import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;

/** Every error code of the HTTP contract, with its status and title: the one table of them. */
public enum ApiError {
  INVALID_REQUEST(HttpStatus.BAD_REQUEST, "Invalid request"),
  INVALID_AMOUNT(HttpStatus.BAD_REQUEST, "Invalid amount"),
  TOKEN_INVALID(HttpStatus.UNAUTHORIZED, "Queue token invalid"),
  ADMIN_KEY_INVALID(HttpStatus.UNAUTHORIZED, "Admin key invalid"),
  TOKEN_NOT_ACTIVE(HttpStatus.FORBIDDEN, "Queue token not active yet"),
  FORBIDDEN(HttpStatus.FORBIDDEN, "Forbidden"),
  CONCERT_NOT_FOUND(HttpStatus.NOT_FOUND, "Concert not found"),
  SCHEDULE_NOT_FOUND(HttpStatus.NOT_FOUND, "Show not found"),
  SEAT_NOT_FOUND(HttpStatus.NOT_FOUND, "Seat not found"),
  RESERVATION_NOT_FOUND(HttpStatus.NOT_FOUND, "Reservation not found"),
  NOT_FOUND(HttpStatus.NOT_FOUND, "Not found"),
  METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
  NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "Not acceptable"),
  SEAT_UNAVAILABLE(HttpStatus.CONFLICT, "Seat unavailable"),
  HOLD_LIMIT_REACHED(HttpStatus.CONFLICT, "Hold limit reached"),
  HOLD_EXPIRED(HttpStatus.CONFLICT, "Hold expired"),
  RESERVATION_NOT_HELD(HttpStatus.CONFLICT, "Reservation not held"),
  INSUFFICIENT_BALANCE(HttpStatus.CONFLICT, "Insufficient balance"),
  AMOUNT_MISMATCH(HttpStatus.CONFLICT, "Amount mismatch"),
  BALANCE_LIMIT_EXCEEDED(HttpStatus.CONFLICT, "Balance limit exceeded"),
  IDEMPOTENCY_IN_PROGRESS(HttpStatus.CONFLICT, "Request with this idempotency key in progress"),
  PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "Request body too large"),
  UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
  IDEMPOTENCY_KEY_REUSED(
      HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency key reused with another request"),
  INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error"),
  UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable");

  private static final String TYPE_BASE = "https://concert.example/problems/";

  private final HttpStatus status;
  private final String title;

  ApiError(HttpStatus status, String title) {
    this.status = status;
    this.title = title;
  }

  public HttpStatus status() {
    return status;
  }

  public String title() {
    return title;
  }

  public URI type() {
    return URI.create(TYPE_BASE + name().toLowerCase(Locale.ROOT).replace('_', '-'));
  }

  public static ApiError of(ErrorCode code) {
    return switch (code) {
      case INVALID_REQUEST -> INVALID_REQUEST;
      case INVALID_AMOUNT -> INVALID_AMOUNT;
      case TOKEN_INVALID -> TOKEN_INVALID;
      case TOKEN_NOT_ACTIVE -> TOKEN_NOT_ACTIVE;
      case FORBIDDEN -> FORBIDDEN;
      case CONCERT_NOT_FOUND -> CONCERT_NOT_FOUND;
      case SCHEDULE_NOT_FOUND -> SCHEDULE_NOT_FOUND;
      case SEAT_NOT_FOUND -> SEAT_NOT_FOUND;
      case RESERVATION_NOT_FOUND -> RESERVATION_NOT_FOUND;
      case SEAT_UNAVAILABLE -> SEAT_UNAVAILABLE;
      case HOLD_LIMIT_REACHED -> HOLD_LIMIT_REACHED;
      case HOLD_EXPIRED -> HOLD_EXPIRED;
      case RESERVATION_NOT_HELD -> RESERVATION_NOT_HELD;
      case INSUFFICIENT_BALANCE -> INSUFFICIENT_BALANCE;
      case AMOUNT_MISMATCH -> AMOUNT_MISMATCH;
      case BALANCE_LIMIT_EXCEEDED -> BALANCE_LIMIT_EXCEEDED;
      case IDEMPOTENCY_IN_PROGRESS -> IDEMPOTENCY_IN_PROGRESS;
      case IDEMPOTENCY_KEY_REUSED -> IDEMPOTENCY_KEY_REUSED;
    };
  }

  /** The code for a status raised outside the application, by the servlet container or Spring. */
  public static ApiError ofStatus(int status) {
    return switch (status) {
      case 400 -> INVALID_REQUEST;
      case 404 -> NOT_FOUND;
      case 405 -> METHOD_NOT_ALLOWED;
      case 406 -> NOT_ACCEPTABLE;
      case 413 -> PAYLOAD_TOO_LARGE;
      case 415 -> UNSUPPORTED_MEDIA_TYPE;
      case 503 -> UNAVAILABLE;
      default -> status >= 400 && status < 500 ? INVALID_REQUEST : INTERNAL_ERROR;
    };
  }
}
