package com.concert.application.port.in;

public interface AdmitWaitingUsersUseCase {

  /**
   * One admission round: expire overdue tokens, then admit the head of the line into free slots.
   * One round runs at a time on all instances; {@code turn} says what to do when one is running.
   */
  AdmissionRound admit(Turn turn);

  enum Turn {
    /** A periodic job: another round is doing the work, so this one does nothing. */
    SKIP_IF_BUSY,
    /** A newcomer who found room: wait for the running round, then run one that sees them. */
    WAIT_IF_BUSY
  }

  /** What a round did; a round that found another one running did nothing. */
  record AdmissionRound(boolean ran, int expired, int admitted) {

    public static AdmissionRound skipped() {
      return new AdmissionRound(false, 0, 0);
    }
  }
}
