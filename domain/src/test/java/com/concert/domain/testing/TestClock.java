package com.concert.domain.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock tests move by hand, so expiry can be tested without waiting. Thread-safe. */
public final class TestClock extends Clock {

  private final ZoneId zone;
  private volatile Instant now;

  public TestClock(Instant start, ZoneId zone) {
    this.now = start;
    this.zone = zone;
  }

  public static TestClock at(String instant) {
    return new TestClock(Instant.parse(instant), ZoneId.of("Asia/Seoul"));
  }

  public synchronized void advance(Duration duration) {
    now = now.plus(duration);
  }

  public synchronized void set(Instant instant) {
    now = instant;
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new TestClock(now, zone);
  }
}
