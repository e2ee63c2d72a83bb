package com.concert.domain.port.out;

import com.concert.domain.queue.AdmissionRate;
import com.concert.domain.queue.QueueStanding;
import com.concert.domain.queue.QueueTicket;
import com.concert.domain.queue.QueueToken;
import com.concert.domain.queue.TokenHash;
import com.concert.domain.queue.TokenNonce;
import com.concert.domain.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The waiting queue: a line of tokens in order of arrival and the tokens admitted to book. The use
 * cases decide who is admitted and when a token is over; an implementation keeps the line and makes
 * each step atomic across every instance of the service.
 */
public interface WaitingQueue {

  /** The user's token that has not given its slot back: WAITING, or ACTIVE as stored. */
  Optional<QueueToken> findUnreleasedOf(UserId user);

  /**
   * Puts a new WAITING token at the end of the line. The caller holds the user's lock and has
   * released the user's previous token, if any.
   */
  QueueStanding join(UserId user, TokenNonce nonce, TokenHash hash, Instant now);

  /** The token presented under that hash, with its position and the pace of the line. */
  Optional<QueueStanding> findStanding(TokenHash hash);

  /** Gives back the slot of an ACTIVE token whose time is over; it released at its expiry. */
  void markExpired(QueueTicket ticket);

  /**
   * Starts an admission round unless another one is running, on any instance; false at once if one
   * is. The round lasts until the current transaction ends.
   */
  boolean tryBeginAdmission();

  /** Starts an admission round, after the one running on any instance, if any, has ended. */
  void beginAdmission();

  /** Marks the ACTIVE tokens past their expiry EXPIRED, without waiting on any of them. */
  int expireOverdue(Instant now);

  /** The tokens that are ACTIVE and not yet expired at {@code now}. */
  int countActive(Instant now);

  /** The tokens waiting in line: the position of the last of them. */
  long countWaiting();

  /** Admits the {@code count} longest-waiting tokens, in order of arrival. */
  List<QueueTicket> admitNext(int count, Instant now, Instant expiresAt);

  /** How many tokens gave their slot back (finished or expired) after {@code since}. */
  long countReleasedSince(Instant since);

  /** When the queue first admitted anyone. */
  Optional<Instant> firstAdmission();

  /** Keeps the measured pace, which every position read reports. */
  void recordRate(Optional<AdmissionRate> rate, Instant now);

  /** Finishes the user's ACTIVE token, giving its slot to the next in line; false if none. */
  boolean finish(UserId user, Instant now);
}
