package com.concert.adapter.in.web.wallet;

/** A user's balance; the contract calls it {@code amount}. */
public record WalletResponse(long userId, long amount) {}
