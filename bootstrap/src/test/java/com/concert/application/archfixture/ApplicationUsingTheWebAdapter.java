package com.concert.application.archfixture;

import com.concert.adapter.in.web.error.ApiError;

/** Planted violation: a use case that knows HTTP statuses. Never part of the service. */
public class ApplicationUsingTheWebAdapter {

  public int status() {
    return ApiError.SEAT_UNAVAILABLE.status().value();
  }
}
