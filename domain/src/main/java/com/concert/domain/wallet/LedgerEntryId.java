package com.concert.domain.wallet;

public record LedgerEntryId(long value) {

  public LedgerEntryId {
    if (value <= 0) {
      throw new IllegalArgumentException("a ledger entry id is a positive integer, not " + value);
    }
  }
}
