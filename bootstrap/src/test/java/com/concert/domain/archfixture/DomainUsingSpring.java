package com.concert.domain.archfixture;

import org.springframework.util.Assert;

/** Planted violation: a domain class that reaches for Spring. Never part of the service. */
public class DomainUsingSpring {

  public void check(Object value) {
    Assert.notNull(value, "value");
  }
}
