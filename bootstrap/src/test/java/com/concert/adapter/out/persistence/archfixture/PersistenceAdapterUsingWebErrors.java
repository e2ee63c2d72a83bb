package com.concert.adapter.out.persistence.archfixture;

import com.concert.adapter.in.web.error.ApiError;

/** Planted violation: a repository that answers in HTTP terms. Never part of the service. */
public class PersistenceAdapterUsingWebErrors {

  public String notFound() {
    return ApiError.NOT_FOUND.name();
  }
}
