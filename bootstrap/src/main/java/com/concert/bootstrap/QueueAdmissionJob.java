package com.concert.bootstrap;

import com.concert.application.port.in.AdmitWaitingUsersUseCase;
import com.concert.application.port.in.AdmitWaitingUsersUseCase.Turn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Admits waiting users into freed slots twice a second, so the head of the line is let in well
 * within the contract's two seconds. Every instance runs it; one round runs at a time anywhere.
 */
@Component
class QueueAdmissionJob {

  private static final Logger log = LoggerFactory.getLogger(QueueAdmissionJob.class);

  private final AdmitWaitingUsersUseCase admission;

  QueueAdmissionJob(AdmitWaitingUsersUseCase admission) {
    this.admission = admission;
  }

  @Scheduled(fixedDelay = 500, initialDelay = 500)
  void admit() {
    var round = admission.admit(Turn.SKIP_IF_BUSY);
    if (round.expired() > 0 || round.admitted() > 0) {
      log.info("Queue admission: {} expired, {} admitted", round.expired(), round.admitted());
    }
  }
}
