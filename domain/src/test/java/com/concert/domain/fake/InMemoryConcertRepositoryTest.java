package com.concert.domain.fake;

import com.concert.domain.port.out.ConcertRepository;
import com.concert.domain.port.out.contract.ConcertRepositoryContract;

class InMemoryConcertRepositoryTest extends ConcertRepositoryContract {

  @Override
  protected ConcertRepository emptyCatalog() {
    return new InMemoryCatalog();
  }
}
