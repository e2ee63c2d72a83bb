package com.concert.domain.queue;

public enum QueueStatus {
  /** In line; never expires. */
  WAITING,
  /** Admitted: may book until the token expires. */
  ACTIVE,
  /** Its user paid and holds nothing more: the slot went to the next in line. */
  FINISHED,
  /** Admitted and not used up in time. */
  EXPIRED
}
