package com.concert.adapter.in.web.error;

/** An error the HTTP adapter itself raises, such as a wrong admin key. */
public class ApiException extends RuntimeException {

  private final ApiError error;

  public ApiException(ApiError error, String detail) {
    super(detail);
    this.error = error;
  }

  public ApiError error() {
    return error;
  }
}
