package com.concert.adapter.in.web.error;

import com.concert.domain.shared.DomainException;
import jakarta.validation.ConstraintViolation;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Turns every error into an RFC 9457 problem with the contract's {@code code}: broken business
 * rules, malformed requests, unknown paths, wrong methods and media types. Bodies never carry stack
 * traces or internal class names.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

  @ExceptionHandler(DomainException.class)
  ResponseEntity<ProblemDetail> domain(DomainException e) {
    return Problems.response(ApiError.of(e.code()), e.getMessage(), e.facts());
  }

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ProblemDetail> api(ApiException e) {
    return Problems.response(e.error(), e.getMessage());
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    log.error("Request failed unexpectedly", e);
    return Problems.response(ApiError.INTERNAL_ERROR, "The request could not be completed.");
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    if (causedBy(e, BodyTooLargeException.class) != null) {
      return asObject(Problems.response(ApiError.PAYLOAD_TOO_LARGE, rootMessage(e)));
    }
    return asObject(Problems.response(ApiError.INVALID_REQUEST, unreadableBody(e)));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    var errors = e.getBindingResult().getFieldErrors();
    var detail =
        errors.stream()
            .map(error -> error.getField() + " " + error.getDefaultMessage())
            .sorted()
            .collect(Collectors.joining("; "));
    var onlyAmounts = !errors.isEmpty() && errors.stream().allMatch(ProblemDetailsAdvice::isAmount);
    return asObject(
        Problems.response(
            onlyAmounts ? ApiError.INVALID_AMOUNT : ApiError.INVALID_REQUEST, detail));
  }

  /**
   * A path, query or header value that a converter refused: a domain rule (a non-positive id, a
   * malformed Idempotency-Key) answers with its own code and words; anything else is malformed.
   */
  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    var rule = causedBy(e, DomainException.class);
    if (rule != null) {
      return asObject(domain(rule));
    }
    var name = e.getPropertyName() == null ? "a parameter" : "'" + e.getPropertyName() + "'";
    return asObject(
        Problems.response(ApiError.INVALID_REQUEST, "The value of " + name + " is malformed."));
  }

  private static boolean isAmount(FieldError error) {
    return error.contains(ConstraintViolation.class)
        && error
            .unwrap(ConstraintViolation.class)
            .getConstraintDescriptor()
            .getPayload()
            .contains(InvalidAmount.class);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    var detail =
        e.getAllErrors().stream()
            .map(error -> error.getDefaultMessage())
            .sorted()
            .collect(Collectors.joining("; "));
    return asObject(Problems.response(ApiError.INVALID_REQUEST, detail));
  }

  /** Every other Spring MVC error keeps its status and detail and gains the contract's fields. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    var error = ApiError.ofStatus(status.value());
    var detail =
        body instanceof ProblemDetail problem && problem.getDetail() != null
            ? problem.getDetail()
            : error.title();
    var response = Problems.response(error, detail);
    var merged = new HttpHeaders();
    merged.addAll(headers);
    merged.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    return new ResponseEntity<>(response.getBody(), merged, error.status());
  }

  private static String unreadableBody(HttpMessageNotReadableException e) {
    var jackson = causedBy(e, JacksonException.class);
    if (jackson == null) {
      return "The request body is missing or is not JSON.";
    }
    var path = new StringBuilder();
    for (var reference : jackson.getPath()) {
      if (reference.getPropertyName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    var where = path.isEmpty() ? "" : " at '" + path + "'";
    return "The request body is not valid JSON of the expected shape" + where + ".";
  }

  private static <T extends Throwable> T causedBy(Throwable e, Class<T> type) {
    for (var cause = e; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    return null;
  }

  private static String rootMessage(Throwable e) {
    var root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ResponseEntity<Object> asObject(ResponseEntity<ProblemDetail> response) {
    return (ResponseEntity) response;
  }
}
