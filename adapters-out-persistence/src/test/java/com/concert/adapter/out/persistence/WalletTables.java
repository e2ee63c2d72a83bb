package com.concert.adapter.out.persistence;

import static com.concert.db.jooq.Tables.WALLET;
import static com.concert.db.jooq.Tables.WALLET_LEDGER;

import com.concert.domain.shared.UserId;
import java.math.BigDecimal;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** What the wallet tables hold for a user, read straight from them for the tests' assertions. */
final class WalletTables {

  private final DSLContext dsl;

  WalletTables(DSLContext dsl) {
    this.dsl = dsl;
  }

  long balance(UserId user) {
    return dsl.select(WALLET.BALANCE)
        .from(WALLET)
        .where(WALLET.USER_ID.eq(user.value()))
        .fetchSingle(WALLET.BALANCE);
  }

  /** Summed by PostgreSQL as numeric, so the sum itself cannot overflow. */
  long ledgerSum(UserId user) {
    return dsl.select(DSL.sum(WALLET_LEDGER.AMOUNT))
        .from(WALLET_LEDGER)
        .where(WALLET_LEDGER.USER_ID.eq(user.value()))
        .fetchSingle(0, BigDecimal.class)
        .longValueExact();
  }

  int ledgerCount(UserId user) {
    return dsl.fetchCount(WALLET_LEDGER, WALLET_LEDGER.USER_ID.eq(user.value()));
  }
}
