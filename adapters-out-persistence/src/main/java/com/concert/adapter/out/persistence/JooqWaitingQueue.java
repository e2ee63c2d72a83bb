package com.concert.adapter.out.persistence;

import static com.concert.db.jooq.Tables.QUEUE_STATE;
import static com.concert.db.jooq.Tables.QUEUE_TOKEN;

import com.concert.db.jooq.tables.records.QueueTokenRecord;
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
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The waiting queue on PostgreSQL. A waiting token's position is its ticket minus the highest
 * admitted ticket, which two advisory locks keep exact: joining holds {@code QUEUE_TICKETS} shared
 * until commit, an admission round holds it exclusively, so every ticket below the ones a round
 * admits is already committed (admitted, waiting ahead, or never used). One round runs at a time in
 * the whole cluster ({@code QUEUE_ADMISSION}), so the active count it reads cannot change under it.
 */
public class JooqWaitingQueue implements WaitingQueue {

  private static final String WAITING = QueueStatus.WAITING.name();
  private static final String ACTIVE = QueueStatus.ACTIVE.name();

  private final DSLContext dsl;

  public JooqWaitingQueue(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public Optional<QueueToken> findUnreleasedOf(UserId user) {
    return dsl.selectFrom(QUEUE_TOKEN)
        .where(QUEUE_TOKEN.USER_ID.eq(user.value()))
        .and(QUEUE_TOKEN.STATUS.in(WAITING, ACTIVE))
        .fetchOptional()
        .map(JooqWaitingQueue::toToken);
  }

  @Override
  public QueueStanding join(UserId user, TokenNonce nonce, TokenHash hash, Instant now) {
    AdvisoryLocks.lockShared(dsl, AdvisoryLocks.QUEUE_TICKETS);
    var admittedUpto =
        DSL.field(DSL.select(QUEUE_STATE.ADMITTED_UPTO).from(QUEUE_STATE)).as("admitted_upto");
    var rate = DSL.field(DSL.select(QUEUE_STATE.ADMISSION_RATE).from(QUEUE_STATE)).as("rate");
    var row =
        dsl.insertInto(QUEUE_TOKEN)
            .set(QUEUE_TOKEN.TOKEN_HASH, hash.bytes())
            .set(QUEUE_TOKEN.TOKEN_NONCE, nonce.bytes())
            .set(QUEUE_TOKEN.USER_ID, user.value())
            .set(QUEUE_TOKEN.STATUS, WAITING)
            .set(QUEUE_TOKEN.ISSUED_AT, now)
            .returningResult(QUEUE_TOKEN.asterisk(), admittedUpto, rate)
            .fetchSingle();
    var token = toToken(row.into(QUEUE_TOKEN));
    return new QueueStanding(
        token, token.ticket().value() - row.get(admittedUpto), rate(row.get(rate)));
  }

  @Override
  public Optional<QueueStanding> findStanding(TokenHash hash) {
    return dsl.select(QUEUE_TOKEN.asterisk(), QUEUE_STATE.ADMITTED_UPTO, QUEUE_STATE.ADMISSION_RATE)
        .from(QUEUE_TOKEN)
        .crossJoin(QUEUE_STATE)
        .where(QUEUE_TOKEN.TOKEN_HASH.eq(hash.bytes()))
        .fetchOptional()
        .map(JooqWaitingQueue::toStanding);
  }

  @Override
  public void markExpired(QueueTicket ticket) {
    dsl.update(QUEUE_TOKEN)
        .set(QUEUE_TOKEN.STATUS, QueueStatus.EXPIRED.name())
        .set(QUEUE_TOKEN.RELEASED_AT, QUEUE_TOKEN.EXPIRES_AT)
        .where(QUEUE_TOKEN.TICKET.eq(ticket.value()))
        .and(QUEUE_TOKEN.STATUS.eq(ACTIVE))
        .execute();
  }

  @Override
  public boolean tryBeginAdmission() {
    if (!AdvisoryLocks.tryLock(dsl, AdvisoryLocks.QUEUE_ADMISSION)) {
      return false;
    }
    AdvisoryLocks.lock(dsl, AdvisoryLocks.QUEUE_TICKETS);
    return true;
  }

  @Override
  public void beginAdmission() {
    AdvisoryLocks.lock(dsl, AdvisoryLocks.QUEUE_ADMISSION);
    AdvisoryLocks.lock(dsl, AdvisoryLocks.QUEUE_TICKETS);
  }

  @Override
  public int expireOverdue(Instant now) {
    var overdue =
        DSL.select(QUEUE_TOKEN.TICKET)
            .from(QUEUE_TOKEN)
            .where(QUEUE_TOKEN.STATUS.eq(ACTIVE))
            .and(QUEUE_TOKEN.EXPIRES_AT.le(now))
            .forUpdate()
            .skipLocked();
    return dsl.update(QUEUE_TOKEN)
        .set(QUEUE_TOKEN.STATUS, QueueStatus.EXPIRED.name())
        .set(QUEUE_TOKEN.RELEASED_AT, QUEUE_TOKEN.EXPIRES_AT)
        .where(QUEUE_TOKEN.TICKET.in(overdue))
        .execute();
  }

  @Override
  public int countActive(Instant now) {
    return dsl.fetchCount(
        QUEUE_TOKEN, QUEUE_TOKEN.STATUS.eq(ACTIVE).and(QUEUE_TOKEN.EXPIRES_AT.gt(now)));
  }

  /**
   * The last waiting ticket less the admission watermark: the last position in line, exact because
   * the line has no holes. One probe of the line's partial index and the one-row state, however
   * long the line, so a metrics scrape may ask for it every few seconds.
   */
  @Override
  public long countWaiting() {
    var last =
        DSL.field(
            DSL.select(DSL.max(QUEUE_TOKEN.TICKET))
                .from(QUEUE_TOKEN)
                .where(QUEUE_TOKEN.STATUS.eq(DSL.inline(WAITING))));
    return dsl.select(DSL.coalesce(last.minus(QUEUE_STATE.ADMITTED_UPTO), DSL.inline(0L)))
        .from(QUEUE_STATE)
        .fetchSingle(0, Long.class);
  }

  @Override
  public List<QueueTicket> admitNext(int count, Instant now, Instant expiresAt) {
    var head =
        DSL.select(QUEUE_TOKEN.TICKET)
            .from(QUEUE_TOKEN)
            .where(QUEUE_TOKEN.STATUS.eq(WAITING))
            .orderBy(QUEUE_TOKEN.TICKET)
            .limit(count);
    var admitted =
        dsl.update(QUEUE_TOKEN)
            .set(QUEUE_TOKEN.STATUS, ACTIVE)
            .set(QUEUE_TOKEN.ACTIVATED_AT, now)
            .set(QUEUE_TOKEN.EXPIRES_AT, expiresAt)
            .where(QUEUE_TOKEN.TICKET.in(head))
            .returningResult(QUEUE_TOKEN.TICKET)
            .fetch(QUEUE_TOKEN.TICKET);
    if (!admitted.isEmpty()) {
      var highest = admitted.stream().mapToLong(Long::longValue).max().getAsLong();
      dsl.update(QUEUE_STATE)
          .set(QUEUE_STATE.ADMITTED_UPTO, DSL.greatest(QUEUE_STATE.ADMITTED_UPTO, DSL.val(highest)))
          .execute();
    }
    return admitted.stream().sorted().map(QueueTicket::new).toList();
  }

  @Override
  public long countReleasedSince(Instant since) {
    return dsl.fetchCount(QUEUE_TOKEN, QUEUE_TOKEN.RELEASED_AT.gt(since));
  }

  @Override
  public Optional<Instant> firstAdmission() {
    return Optional.ofNullable(
        dsl.select(DSL.min(QUEUE_TOKEN.ACTIVATED_AT)).from(QUEUE_TOKEN).fetchOne(0, Instant.class));
  }

  @Override
  public void recordRate(Optional<AdmissionRate> rate, Instant now) {
    dsl.update(QUEUE_STATE)
        .set(QUEUE_STATE.ADMISSION_RATE, rate.map(AdmissionRate::perSecond).orElse(null))
        .set(QUEUE_STATE.RATE_UPDATED_AT, now)
        .execute();
  }

  @Override
  public boolean finish(UserId user, Instant now) {
    return dsl.update(QUEUE_TOKEN)
            .set(QUEUE_TOKEN.STATUS, QueueStatus.FINISHED.name())
            .set(QUEUE_TOKEN.RELEASED_AT, now)
            .where(QUEUE_TOKEN.USER_ID.eq(user.value()))
            .and(QUEUE_TOKEN.STATUS.eq(ACTIVE))
            .and(QUEUE_TOKEN.EXPIRES_AT.gt(now))
            .execute()
        == 1;
  }

  private static QueueStanding toStanding(Record row) {
    var token = toToken(row.into(QUEUE_TOKEN));
    var position =
        token.storedStatus() == QueueStatus.WAITING
            ? token.ticket().value() - row.get(QUEUE_STATE.ADMITTED_UPTO)
            : 0;
    return new QueueStanding(token, position, rate(row.get(QUEUE_STATE.ADMISSION_RATE)));
  }

  private static Optional<AdmissionRate> rate(Double perSecond) {
    return Optional.ofNullable(perSecond).map(AdmissionRate::new);
  }

  private static QueueToken toToken(QueueTokenRecord row) {
    return QueueToken.reconstitute(
        new QueueTicket(row.getTicket()),
        new UserId(row.getUserId()),
        TokenNonce.of(row.getTokenNonce()),
        QueueStatus.valueOf(row.getStatus()),
        row.getIssuedAt(),
        row.getActivatedAt(),
        row.getExpiresAt(),
        row.getReleasedAt());
  }
}
