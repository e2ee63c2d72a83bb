package com.concert.domain.queue;

/** A token's place in the order of arrival: tickets only ever grow. */
public record QueueTicket(long value) {

  public QueueTicket {
    if (value <= 0) {
      throw new IllegalArgumentException("a ticket is positive, not " + value);
    }
  }
}
