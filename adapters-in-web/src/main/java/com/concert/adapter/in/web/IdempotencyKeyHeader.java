package com.concert.adapter.in.web;

/** The header that makes a POST safe to retry (the contract's "Idempotency-Key"). */
public final class IdempotencyKeyHeader {

  public static final String NAME = "Idempotency-Key";

  private IdempotencyKeyHeader() {}
}
