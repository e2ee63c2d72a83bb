package com.concert.application.port.in;

public interface CreateConcertUseCase {

  ConcertSummary createConcert(CreateConcertCommand command);
}
