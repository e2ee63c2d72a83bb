package com.concert.domain.queue;

import com.concert.domain.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A user's place in the waiting queue, from joining the line to giving the slot back. Its stored
 * status can lag behind time: an ACTIVE token past its expiry is expired for every reader at once,
 * before any job marks it.
 */
public final class QueueToken {

  private final QueueTicket ticket;
  private final UserId user;
  private final TokenNonce nonce;
  private final QueueStatus status;
  private final Instant issuedAt;
  private final Instant activatedAt;
  private final Instant expiresAt;
  private final Instant releasedAt;

  private QueueToken(
      QueueTicket ticket,
      UserId user,
      TokenNonce nonce,
      QueueStatus status,
      Instant issuedAt,
      Instant activatedAt,
      Instant expiresAt,
      Instant releasedAt) {
    this.ticket = Objects.requireNonNull(ticket);
    this.user = Objects.requireNonNull(user);
    this.nonce = Objects.requireNonNull(nonce);
    this.status = Objects.requireNonNull(status);
    this.issuedAt = Objects.requireNonNull(issuedAt);
    if ((status == QueueStatus.WAITING) != (activatedAt == null)
        || (activatedAt == null) != (expiresAt == null)) {
      throw new IllegalArgumentException("only an admitted token has an activation window");
    }
    if ((status == QueueStatus.FINISHED || status == QueueStatus.EXPIRED) != (releasedAt != null)) {
      throw new IllegalArgumentException("a token is released exactly when finished or expired");
    }
    this.activatedAt = activatedAt;
    this.expiresAt = expiresAt;
    this.releasedAt = releasedAt;
  }

  /** Rebuilds a stored token; only the queue's adapters call this. */
  public static QueueToken reconstitute(
      QueueTicket ticket,
      UserId user,
      TokenNonce nonce,
      QueueStatus status,
      Instant issuedAt,
      Instant activatedAt,
      Instant expiresAt,
      Instant releasedAt) {
    return new QueueToken(
        ticket, user, nonce, status, issuedAt, activatedAt, expiresAt, releasedAt);
  }

  public QueueTicket ticket() {
    return ticket;
  }

  public UserId user() {
    return user;
  }

  public TokenNonce nonce() {
    return nonce;
  }

  /** The status as stored, which an expired ACTIVE token keeps until a sweep marks it. */
  public QueueStatus storedStatus() {
    return status;
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  public Optional<Instant> expiresAt() {
    return Optional.ofNullable(expiresAt);
  }

  /** The status at {@code now}: an ACTIVE token is expired from its expiry instant on. */
  public QueueStatus statusAt(Instant now) {
    if (status == QueueStatus.ACTIVE && !now.isBefore(expiresAt)) {
      return QueueStatus.EXPIRED;
    }
    return status;
  }

  /** Waiting or admitted and not yet expired: the user's one place in the queue. */
  public boolean isLiveAt(Instant now) {
    var current = statusAt(now);
    return current == QueueStatus.WAITING || current == QueueStatus.ACTIVE;
  }

  /**
   * A finished token still lets its user read what they bought and replay the payment that finished
   * it, for {@code grace} after finishing; an expired one lets them do nothing.
   */
  public boolean isHonouredAfterFinishingAt(Instant now, Duration grace) {
    return status == QueueStatus.FINISHED && now.isBefore(releasedAt.plus(grace));
  }
}
