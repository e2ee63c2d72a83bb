package com.concert.application.service;

import com.concert.application.port.in.AdmitWaitingUsersUseCase;
import com.concert.domain.port.out.WaitingQueue;
import com.concert.domain.queue.AdmissionRate;
import com.concert.domain.queue.QueuePolicy;
import java.time.Clock;

/**
 * Moves the line: runs on every instance, and the queue lets one round run at a time anywhere, so
 * the active tokens never outnumber {@code maxActiveUsers}.
 */
public class AdmitWaitingUsersService implements AdmitWaitingUsersUseCase {

  private final WaitingQueue queue;
  private final QueuePolicy policy;
  private final Clock clock;

  public AdmitWaitingUsersService(WaitingQueue queue, QueuePolicy policy, Clock clock) {
    this.queue = queue;
    this.policy = policy;
    this.clock = clock;
  }

  @Override
  public AdmissionRound admit(Turn turn) {
    if (turn == Turn.WAIT_IF_BUSY) {
      queue.beginAdmission();
    } else if (!queue.tryBeginAdmission()) {
      return AdmissionRound.skipped();
    }
    var now = clock.instant();
    var expired = queue.expireOverdue(now);
    var slots = policy.slotsToFill(queue.countActive(now));
    var admitted =
        slots == 0 ? 0 : queue.admitNext(slots, now, policy.expiryOfTokenActivatedAt(now)).size();
    var released = queue.countReleasedSince(now.minus(AdmissionRate.WINDOW));
    queue.recordRate(AdmissionRate.measure(released, queue.firstAdmission(), now), now);
    return new AdmissionRound(true, expired, admitted);
  }
}
