package com.concert.domain.fake;

import com.concert.domain.port.out.WaitingQueue;
import com.concert.domain.queue.AdmissionRate;
import com.concert.domain.queue.QueueStanding;
import com.concert.domain.queue.QueueStatus;
import com.concert.domain.queue.QueueTicket;
import com.concert.domain.queue.QueueToken;
import com.concert.domain.queue.TokenHash;
import com.concert.domain.queue.TokenNonce;
import com.concert.domain.shared.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The waiting queue in memory, for use-case tests. {@code WaitingQueueContract} holds it to the
 * same behaviour as the PostgreSQL adapter; a second live token for a user fails as the database's
 * unique index would.
 */
public final class InMemoryWaitingQueue implements WaitingQueue {

  private final List<Row> rows = new ArrayList<>();
  private long nextTicket = 1;
  private long admittedUpto;
  private Optional<AdmissionRate> rate = Optional.empty();

  private static final class Row {
    final long ticket;
    final UserId user;
    final TokenNonce nonce;
    final TokenHash hash;
    final Instant issuedAt;
    QueueStatus status = QueueStatus.WAITING;
    Instant activatedAt;
    Instant expiresAt;
    Instant releasedAt;

    Row(long ticket, UserId user, TokenNonce nonce, TokenHash hash, Instant issuedAt) {
      this.ticket = ticket;
      this.user = user;
      this.nonce = nonce;
      this.hash = hash;
      this.issuedAt = issuedAt;
    }

    boolean unreleased() {
      return status == QueueStatus.WAITING || status == QueueStatus.ACTIVE;
    }

    QueueToken token() {
      return QueueToken.reconstitute(
          new QueueTicket(ticket),
          user,
          nonce,
          status,
          issuedAt,
          activatedAt,
          expiresAt,
          releasedAt);
    }
  }

  @Override
  public synchronized Optional<QueueToken> findUnreleasedOf(UserId user) {
    return rows.stream()
        .filter(row -> row.user.equals(user) && row.unreleased())
        .findFirst()
        .map(Row::token);
  }

  @Override
  public synchronized QueueStanding join(
      UserId user, TokenNonce nonce, TokenHash hash, Instant now) {
    if (rows.stream().anyMatch(row -> row.user.equals(user) && row.unreleased())) {
      throw new IllegalStateException("user " + user.value() + " already has a live token");
    }
    var row = new Row(nextTicket++, user, nonce, hash, now);
    rows.add(row);
    return standing(row);
  }

  @Override
  public synchronized Optional<QueueStanding> findStanding(TokenHash hash) {
    return rows.stream().filter(row -> row.hash.equals(hash)).findFirst().map(this::standing);
  }

  @Override
  public synchronized void markExpired(QueueTicket ticket) {
    rows.stream()
        .filter(row -> row.ticket == ticket.value() && row.status == QueueStatus.ACTIVE)
        .forEach(
            row -> {
              row.status = QueueStatus.EXPIRED;
              row.releasedAt = row.expiresAt;
            });
  }

  @Override
  public synchronized boolean tryBeginAdmission() {
    return true;
  }

  @Override
  public synchronized void beginAdmission() {}

  @Override
  public synchronized int expireOverdue(Instant now) {
    var overdue =
        rows.stream()
            .filter(row -> row.status == QueueStatus.ACTIVE && !row.expiresAt.isAfter(now))
            .toList();
    overdue.forEach(
        row -> {
          row.status = QueueStatus.EXPIRED;
          row.releasedAt = row.expiresAt;
        });
    return overdue.size();
  }

  @Override
  public synchronized int countActive(Instant now) {
    return (int)
        rows.stream()
            .filter(row -> row.status == QueueStatus.ACTIVE && row.expiresAt.isAfter(now))
            .count();
  }

  @Override
  public synchronized long countWaiting() {
    return rows.stream().filter(row -> row.status == QueueStatus.WAITING).count();
  }

  @Override
  public synchronized List<QueueTicket> admitNext(int count, Instant now, Instant expiresAt) {
    var head =
        rows.stream()
            .filter(row -> row.status == QueueStatus.WAITING)
            .sorted(Comparator.comparingLong(row -> row.ticket))
            .limit(count)
            .toList();
    for (var row : head) {
      row.status = QueueStatus.ACTIVE;
      row.activatedAt = now;
      row.expiresAt = expiresAt;
      admittedUpto = Math.max(admittedUpto, row.ticket);
    }
    return head.stream().map(row -> new QueueTicket(row.ticket)).toList();
  }

  @Override
  public synchronized long countReleasedSince(Instant since) {
    return rows.stream()
        .filter(row -> row.releasedAt != null && row.releasedAt.isAfter(since))
        .count();
  }

  @Override
  public synchronized Optional<Instant> firstAdmission() {
    return rows.stream()
        .map(row -> row.activatedAt)
        .filter(Objects::nonNull)
        .min(Comparator.naturalOrder());
  }

  @Override
  public synchronized void recordRate(Optional<AdmissionRate> rate, Instant now) {
    this.rate = rate;
  }

  @Override
  public synchronized boolean finish(UserId user, Instant now) {
    var active =
        rows.stream()
            .filter(
                row ->
                    row.user.equals(user)
                        && row.status == QueueStatus.ACTIVE
                        && row.expiresAt.isAfter(now))
            .findFirst();
    active.ifPresent(
        row -> {
          row.status = QueueStatus.FINISHED;
          row.releasedAt = now;
        });
    return active.isPresent();
  }

  private QueueStanding standing(Row row) {
    var position = row.status == QueueStatus.WAITING ? row.ticket - admittedUpto : 0;
    return new QueueStanding(row.token(), position, rate);
  }
}
