package com.concert.domain.shared;

/**
 * An amount of Korean won. Whole numbers only, never negative; arithmetic fails instead of
 * overflowing.
 */
public record Money(long won) {

  public static final Money ZERO = new Money(0);

  public Money {
    if (won < 0) {
      throw new InvalidRequestException("an amount of money is never negative, not " + won);
    }
  }

  public static Money won(long won) {
    return new Money(won);
  }

  public Money plus(Money other) {
    try {
      return new Money(Math.addExact(won, other.won));
    } catch (ArithmeticException overflow) {
      throw new InvalidRequestException(
          "the sum of " + won + " and " + other.won + " is too large");
    }
  }

  public boolean isZero() {
    return won == 0;
  }

  public boolean isGreaterThan(Money other) {
    return won > other.won;
  }
}
