package com.concert.application.service;

import com.concert.domain.port.out.WaitingQueue;
import com.concert.domain.queue.QueueStanding;
import com.concert.domain.queue.QueueTokenSigner;
import com.concert.domain.queue.TokenInvalidException;

/** Finds the token a client presents: the one place a presented token is read. */
public class QueueLookup {

  private final WaitingQueue queue;
  private final QueueTokenSigner signer;

  public QueueLookup(WaitingQueue queue, QueueTokenSigner signer) {
    this.queue = queue;
    this.signer = signer;
  }

  /**
   * @throws TokenInvalidException for a token that is malformed or was never issued
   */
  public QueueStanding standingOf(String presented) {
    return queue
        .findStanding(signer.hashOf(presented))
        .orElseThrow(() -> new TokenInvalidException("the queue token was never issued"));
  }
}
