package com.concert.domain.concert;

import com.concert.domain.shared.InvalidRequestException;
import com.concert.domain.shared.Money;
import java.time.LocalDate;

/** A show that is planned but not yet stored: its date, its number of seats and their price. */
public record SchedulePlan(LocalDate date, int seatCount, Money price) {

  public static final int MAX_SEATS = 1000;
  public static final Money MAX_PRICE = Money.won(100_000_000);

  /** The last date of the contract's ISO-8601 dates, whose year has four digits. */
  public static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);

  public SchedulePlan {
    if (date == null) {
      throw new InvalidRequestException("a show needs a date");
    }
    if (date.isAfter(LAST_DATE)) {
      throw new InvalidRequestException("a show's date has a four-digit year, not " + date);
    }
    if (seatCount < 1 || seatCount > MAX_SEATS) {
      throw new InvalidRequestException(
          "a show has 1 to " + MAX_SEATS + " seats, not " + seatCount);
    }
    if (price == null || price.isGreaterThan(MAX_PRICE)) {
      throw new InvalidRequestException("a seat costs 0 to " + MAX_PRICE.won() + " won");
    }
  }
}
