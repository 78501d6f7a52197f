package org.csptransfer.rules.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.csptransfer.core.Money;
import org.csptransfer.core.Subscription;

/**
 * Day and money arithmetic of a subscription's end, shared by the timeline, the rules and the
 * planner so that all count days the same way (CONTRACT.md, "Definitions"). Every input lies within
 * the core's limits, so no result overflows: days fit a long, money a {@code BigDecimal} of a few
 * dozen digits.
 */
public final class Lifecycle {

  private static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);
  private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);

  private Lifecycle() {}

  /**
   * Returns whole days from the source's first day without service to the target's start.
   *
   * @param firstDayWithoutService the source's first day without service
   * @param start the target's first day of service
   * @return the gap, 0 when the target starts on or before that day
   */
  public static long gapDays(LocalDate firstDayWithoutService, LocalDate start) {
    return Math.max(0, ChronoUnit.DAYS.between(firstDayWithoutService, start));
  }

  /**
   * Returns whole days from the target's start to the source's first day without service.
   *
   * @param firstDayWithoutService the source's first day without service
   * @param start the target's first day of service
   * @return the overlap, 0 when the target starts on or after that day
   */
  public static long overlapDays(LocalDate firstDayWithoutService, LocalDate start) {
    return Math.max(0, ChronoUnit.DAYS.between(start, firstDayWithoutService));
  }

  /**
   * Returns the prepaid days cancelling a subscription on a date forfeits: the days from that date
   * to the day after the last day of the term, unless the date is inside the refund window. No
   * refund date means no refund.
   *
   * @param source the subscription
   * @param cancelOn the cancel date
   * @return the forfeited days, 0 if cancelling then loses nothing
   */
  public static long forfeitedDays(Subscription source, LocalDate cancelOn) {
    LocalDate naturalEnd = source.lastDayOfTerm().plusDays(1);
    if (!cancelOn.isBefore(naturalEnd)) {
      return 0;
    }
    boolean refunded =
        source.lastRefundableDay().map(last -> !cancelOn.isAfter(last)).orElse(false);
    return refunded ? 0 : ChronoUnit.DAYS.between(cancelOn, naturalEnd);
  }

  /**
   * Returns the days a new partner bills a subscription transferred on a date: from that date to
   * the last day of the term, both included.
   *
   * @param source the subscription
   * @param date the transfer date
   * @return the billed days, 0 if the term ends before the date
   */
  public static long billedDays(Subscription source, LocalDate date) {
    return Math.max(0, ChronoUnit.DAYS.between(date, source.lastDayOfTerm()) + 1);
  }

  /**
   * Returns the value of days of service: unit price × seats × days × 12 / 365, rounded half-even
   * to the currency's minor unit.
   *
   * @param monthlyPricePerSeat the price of one seat for one month
   * @param seats the seats paid for
   * @param days the days
   * @return the value in the unit price's currency
   */
  public static Money valueOfDays(Money monthlyPricePerSeat, int seats, long days) {
    int minorDigits = Math.max(0, monthlyPricePerSeat.currency().getDefaultFractionDigits());
    BigDecimal value =
        monthlyPricePerSeat
            .amount()
            .multiply(BigDecimal.valueOf(seats))
            .multiply(BigDecimal.valueOf(days))
            .multiply(MONTHS_PER_YEAR)
            .divide(DAYS_PER_YEAR, minorDigits, RoundingMode.HALF_EVEN);
    return Money.of(value, monthlyPricePerSeat.currency());
  }

  /**
   * Returns the start that avoids both a gap and double billing: the first day without service
   * minus the lead, never before the as-of date.
   *
   * @param firstDayWithoutService the source's first day without service
   * @param asOf the evaluation date
   * @param leadDays the planner's effective lead
   * @return the recommended start
   */
  public static LocalDate recommendedStart(
      LocalDate firstDayWithoutService, LocalDate asOf, int leadDays) {
    LocalDate start = firstDayWithoutService.minusDays(leadDays);
    return start.isBefore(asOf) ? asOf : start;
  }
}
