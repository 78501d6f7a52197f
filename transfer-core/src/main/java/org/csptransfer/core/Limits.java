package org.csptransfer.core;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The largest and smallest values a plan may hold, so that every judgement stays exact and cheap:
 * day counts and seat sums never overflow, money never grows past a few dozen digits, and no
 * derived date (an end plus grace and disabled days) leaves the calendar. Values outside these
 * limits are refused when the value is built, with a message naming the field and the value.
 *
 * <ul>
 *   <li>Dates (as-of date, term ends, cancel, refund, start and transfer dates): from {@value
 *       #EARLIEST_YEAR}-01-01 to {@value #LATEST_YEAR}-12-31.
 *   <li>Seats (a subscription's quantity and assigned licenses, a target's quantity, an offer's
 *       minimum and maximum): from 0 to {@value #MAX_QUANTITY}.
 *   <li>A seat's monthly price: from 0 to {@link #MAX_UNIT_PRICE}, with at most {@value
 *       #MAX_PRICE_DECIMALS} digits after the decimal point.
 *   <li>Policy days (grace, disabled, overlap tolerance, planner lead): from 0 to {@value
 *       #MAX_POLICY_DAYS}; items per transfer request: from 1 to {@value #MAX_ITEMS_PER_TRANSFER}.
 *   <li>Ids: at most {@value #MAX_ID_LENGTH} characters; names: at most {@value #MAX_NAME_LENGTH}.
 *   <li>The planner proposes at most {@value #MAX_PLANNED_TARGETS} targets for one plan; beyond, it
 *       leaves sources unplanned with a note.
 * </ul>
 */
public final class Limits {

  /** The first year a plan's dates may use. */
  public static final int EARLIEST_YEAR = 2000;

  /** The last year a plan's dates may use. */
  public static final int LATEST_YEAR = 2199;

  /** The largest number of seats of one subscription or offer. */
  public static final int MAX_QUANTITY = 10_000_000;

  /** The most digits a seat's monthly price may have after the decimal point. */
  public static final int MAX_PRICE_DECIMALS = 6;

  /** The most digits a price may be written with, trailing zeros included. */
  private static final int MAX_PRICE_DIGITS = 40;

  /** The largest monthly price of one seat: 1,000,000 in any currency. */
  public static final BigDecimal MAX_UNIT_PRICE = BigDecimal.valueOf(1_000_000);

  /** The largest number of days of a policy period. */
  public static final int MAX_POLICY_DAYS = 3_650;

  /** The largest number of items per transfer request a policy may allow. */
  public static final int MAX_ITEMS_PER_TRANSFER = 10_000;

  /** The longest id, in characters. */
  public static final int MAX_ID_LENGTH = 256;

  /** The longest name, in characters. */
  public static final int MAX_NAME_LENGTH = 1_024;

  /** The most targets the planner proposes for one plan. */
  public static final int MAX_PLANNED_TARGETS = 10_000;

  private Limits() {}

  /**
   * Returns the first day a plan's dates may use.
   *
   * @return January 1st of {@link #EARLIEST_YEAR}
   */
  public static LocalDate earliestDate() {
    return LocalDate.of(EARLIEST_YEAR, 1, 1);
  }

  /**
   * Returns the last day a plan's dates may use.
   *
   * @return December 31st of {@link #LATEST_YEAR}
   */
  public static LocalDate latestDate() {
    return LocalDate.of(LATEST_YEAR, 12, 31);
  }

  /**
   * Tells whether a date is one a plan may use.
   *
   * @param date the date; not null
   * @return true if it lies from {@link #earliestDate()} to {@link #latestDate()}, both included
   */
  public static boolean isSupported(LocalDate date) {
    int year = date.getYear();
    return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
  }

  /**
   * Tells whether a seat count is one a plan may use.
   *
   * @param seats the count
   * @return true if it lies from 0 to {@link #MAX_QUANTITY}
   */
  public static boolean isSupportedQuantity(long seats) {
    return seats >= 0 && seats <= MAX_QUANTITY;
  }

  /**
   * Tells whether a monthly seat price is one a plan may use.
   *
   * @param price the amount; not null
   * @return true if it lies from 0 to {@link #MAX_UNIT_PRICE} with at most {@link
   *     #MAX_PRICE_DECIMALS} decimals
   */
  public static boolean isSupportedUnitPrice(BigDecimal price) {
    // Cheap tests first: compareTo looks at the exponents before the digits, so "1e999999999" and
    // "1e-999999999" cost nothing, and the digits of a long value are never stripped one by one.
    return price.signum() >= 0
        && price.compareTo(MAX_UNIT_PRICE) <= 0
        && price.precision() <= MAX_PRICE_DIGITS
        && price.stripTrailingZeros().scale() <= MAX_PRICE_DECIMALS;
  }
}
