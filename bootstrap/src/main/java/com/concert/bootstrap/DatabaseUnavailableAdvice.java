package com.concert.bootstrap;

import com.concert.adapter.in.web.error.ApiError;
import com.concert.adapter.in.web.error.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * When PostgreSQL cannot be reached (no connection to be had, a connection lost mid-transaction, a
 * transient failure of a statement), the client gets {@code 503 UNAVAILABLE} with {@code
 * Retry-After}, not a {@code 500}: nothing was changed, and the pool reconnects by itself once the
 * database is back. It sits here because only the application knows both the web adapter's problems
 * and the data-access exceptions of the database adapter.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableAdvice {

  static final String RETRY_AFTER_SECONDS = "2";

  private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableAdvice.class);

  @ExceptionHandler({
    TransactionException.class,
    DataAccessResourceFailureException.class,
    TransientDataAccessException.class,
    RecoverableDataAccessException.class
  })
  ResponseEntity<ProblemDetail> databaseUnavailable(Exception e) {
    log.warn("The database is unavailable: {}", e.getMessage());
    var response =
        Problems.response(
            ApiError.UNAVAILABLE, "The service cannot reach its database; retry shortly.");
    return ResponseEntity.status(response.getStatusCode())
        .headers(response.getHeaders())
        .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
        .body(response.getBody());
  }
}
