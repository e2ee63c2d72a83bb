package com.concert.application.service;

import com.concert.application.port.in.AdmitWaitingUsersUseCase;
import com.concert.application.port.in.AdmitWaitingUsersUseCase.Turn;
import com.concert.application.port.in.IssueQueueTokenUseCase;
import com.concert.application.port.in.QueueTokenView;
import com.concert.application.port.out.UnitOfWork;
import com.concert.application.port.out.UserLock;
import com.concert.domain.port.out.WaitingQueue;
import com.concert.domain.queue.QueuePolicy;
import com.concert.domain.queue.QueueStanding;
import com.concert.domain.queue.QueueTokenSigner;
import com.concert.domain.queue.TokenNonce;
import com.concert.domain.shared.UserId;
import java.security.SecureRandom;
import java.time.Clock;

/**
 * Gives a user their place in the queue. A new token always joins the line, and only an admission
 * round makes tokens ACTIVE: the same guard that keeps the active count within its limit on every
 * instance decides whether a newcomer goes in at once, and it admits the head of the line first. A
 * newcomer who finds room waits for a round that is already running (it may be waiting for the
 * newcomer's own ticket to commit) rather than being told to wait when there is room.
 *
 * <p>Joining and admitting are separate transactions (joining must commit before a round can see
 * the new ticket), so this use case draws its own boundaries through {@link UnitOfWork}.
 */
public class IssueQueueTokenService implements IssueQueueTokenUseCase {

  private final WaitingQueue queue;
  private final UserLock userLock;
  private final QueueTokenSigner signer;
  private final QueuePolicy policy;
  private final AdmitWaitingUsersUseCase admission;
  private final UnitOfWork unitOfWork;
  private final SecureRandom random;
  private final Clock clock;

  public IssueQueueTokenService(
      WaitingQueue queue,
      UserLock userLock,
      QueueTokenSigner signer,
      QueuePolicy policy,
      AdmitWaitingUsersUseCase admission,
      UnitOfWork unitOfWork,
      SecureRandom random,
      Clock clock) {
    this.queue = queue;
    this.userLock = userLock;
    this.signer = signer;
    this.policy = policy;
    this.admission = admission;
    this.unitOfWork = unitOfWork;
    this.random = random;
    this.clock = clock;
  }

  @Override
  public QueueTokenView issue(UserId user) {
    var joined = unitOfWork.inTransaction(() -> joinOrFind(user));
    var token = signer.tokenFor(joined.standing().token().nonce());
    var standing = joined.standing();
    if (joined.roomToAdmit()) {
      admission.admit(Turn.WAIT_IF_BUSY);
      // One statement, atomic on its own: a transaction around it would only add a round trip.
      standing = queue.findStanding(signer.hashOf(token)).orElseThrow();
    }
    return QueueTokenView.of(standing, token, policy, clock.instant());
  }

  private Joined joinOrFind(UserId user) {
    userLock.lockUntilTransactionEnds(user);
    var now = clock.instant();
    var current = queue.findUnreleasedOf(user);
    if (current.isPresent() && current.get().isLiveAt(now)) {
      var hash = signer.hashOf(signer.tokenFor(current.get().nonce()));
      return new Joined(queue.findStanding(hash).orElseThrow(), false);
    }
    current.ifPresent(stale -> queue.markExpired(stale.ticket()));
    var nonce = TokenNonce.random(random);
    var standing = queue.join(user, nonce, signer.hashOf(signer.tokenFor(nonce)), now);
    return new Joined(standing, policy.slotsToFill(queue.countActive(now)) > 0);
  }

  private record Joined(QueueStanding standing, boolean roomToAdmit) {}
}
