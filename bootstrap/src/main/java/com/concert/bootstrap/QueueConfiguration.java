package com.concert.bootstrap;

import com.concert.adapter.out.persistence.JooqQueueSigningKeys;
import com.concert.adapter.out.persistence.JooqWaitingQueue;
import com.concert.application.port.in.AdmitWaitingUsersUseCase;
import com.concert.application.port.in.AuthenticateQueueTokenUseCase;
import com.concert.application.port.in.GetQueueTokenUseCase;
import com.concert.application.port.in.IssueQueueTokenUseCase;
import com.concert.application.port.out.UserLock;
import com.concert.application.service.AdmitWaitingUsersService;
import com.concert.application.service.AuthenticateQueueTokenService;
import com.concert.application.service.GetQueueTokenService;
import com.concert.application.service.IssueQueueTokenService;
import com.concert.application.service.QueueLookup;
import com.concert.domain.port.out.WaitingQueue;
import com.concert.domain.queue.QueuePolicy;
import com.concert.domain.queue.QueueTokenSigner;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The waiting queue: its rules, its PostgreSQL adapter, its use cases. */
@Configuration(proxyBeanMethods = false)
class QueueConfiguration {

  @Bean
  QueuePolicy queuePolicy(ConcertProperties properties) {
    var queue = properties.queue();
    return new QueuePolicy(queue.maxActiveUsers(), queue.activeTtl());
  }

  @Bean
  SecureRandom secureRandom() {
    return new SecureRandom();
  }

  @Bean
  WaitingQueue waitingQueue(DSLContext dsl) {
    return new JooqWaitingQueue(dsl);
  }

  /** The configured secret, else the key the first instance stored for all of them. */
  @Bean
  QueueTokenSigner queueTokenSigner(
      ConcertProperties properties, DSLContext dsl, Clock clock, SecureRandom random) {
    var configured = properties.queue().secret();
    if (configured.isPresent()) {
      return new QueueTokenSigner(configured.get().getBytes(StandardCharsets.UTF_8));
    }
    var candidate = new byte[QueueTokenSigner.MIN_KEY_LENGTH];
    random.nextBytes(candidate);
    return new QueueTokenSigner(new JooqQueueSigningKeys(dsl, clock).sharedKey(candidate));
  }

  @Bean
  QueueLookup queueLookup(WaitingQueue queue, QueueTokenSigner signer) {
    return new QueueLookup(queue, signer);
  }

  @Bean
  AdmitWaitingUsersUseCase admitWaitingUsers(
      WaitingQueue queue, QueuePolicy policy, Clock clock, Transactions tx) {
    var service = new AdmitWaitingUsersService(queue, policy, clock);
    return turn -> tx.inTransaction(() -> service.admit(turn));
  }

  /** Not wrapped: joining the line must commit before an admission round can see the ticket. */
  @Bean
  IssueQueueTokenUseCase issueQueueToken(
      WaitingQueue queue,
      UserLock userLock,
      QueueTokenSigner signer,
      QueuePolicy policy,
      AdmitWaitingUsersUseCase admission,
      Transactions tx,
      SecureRandom random,
      Clock clock) {
    return new IssueQueueTokenService(
        queue, userLock, signer, policy, admission, tx, random, clock);
  }

  /**
   * Not wrapped, like {@link #authenticateQueueToken}: reading a token is one statement, atomic on
   * its own, and a transaction around it would only add a round trip to the most frequent request.
   */
  @Bean
  GetQueueTokenUseCase getQueueToken(QueueLookup lookup, QueuePolicy policy, Clock clock) {
    return new GetQueueTokenService(lookup, policy, clock);
  }

  /** Not wrapped: it runs before every booking request, and its one statement is atomic alone. */
  @Bean
  AuthenticateQueueTokenUseCase authenticateQueueToken(
      QueueLookup lookup, QueuePolicy policy, Clock clock) {
    return new AuthenticateQueueTokenService(lookup, policy, clock);
  }
}
