package com.concert.application.archfixture;

import org.jooq.DSLContext;

/** Planted violation: a use case that talks SQL itself. Never part of the service. */
public class ApplicationUsingJooq {

  private final DSLContext dsl;

  public ApplicationUsingJooq(DSLContext dsl) {
    this.dsl = dsl;
  }

  public int count() {
    return dsl.fetchCount(dsl.selectOne());
  }
}
