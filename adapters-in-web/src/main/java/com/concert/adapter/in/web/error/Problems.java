package com.concert.adapter.in.web.error;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Builds the RFC 9457 body every error answers with. */
public final class Problems {

  private Problems() {}

  public static ResponseEntity<ProblemDetail> response(ApiError error, String detail) {
    return response(error, detail, Map.of());
  }

  public static ResponseEntity<ProblemDetail> response(
      ApiError error, String detail, Map<String, Object> facts) {
    var problem = ProblemDetail.forStatusAndDetail(error.status(), detail);
    problem.setType(error.type());
    problem.setTitle(error.title());
    problem.setProperty("code", error.name());
    facts.forEach(problem::setProperty);
    return ResponseEntity.status(error.status())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
