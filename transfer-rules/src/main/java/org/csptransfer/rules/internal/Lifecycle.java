package org.csptransfer.rules.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.csptransfer.core.Money;
import org.csptransfer.core.Subscription;

/**
 * Day arithmetic of a subscription's end, shared by the timeline, the timing rule and the planner
 * so that all three count days the same way (CONTRACT.md, "Definitions").
 */
public final class Lifecycle {

  private static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);
  private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);

  private Lifecycle() {}

  /**
   * Returns whole days from the source's end to the target's start.
   *
   * @param end the source's first day without service
   * @param start the target's first day of service
   * @return the gap, 0 when the target starts on or before the end
   */
  public static long gapDays(LocalDate end, LocalDate start) {
    return Math.max(0, ChronoUnit.DAYS.between(end, start));
  }

  /**
   * Returns whole days from the target's start to the source's end.
   *
   * @param end the source's first day without service
   * @param start the target's first day of service
   * @return the overlap, 0 when the target starts on or after the end
   */
  public static long overlapDays(LocalDate end, LocalDate start) {
    return Math.max(0, ChronoUnit.DAYS.between(start, end));
  }

  /**
   * Returns the prepaid days cancelling a subscription on a date forfeits: the days from that date
   * to the natural end ({@code termEnd + 1}), unless the date is inside the refund window. No
   * refund date means no refund.
   *
   * @param source the subscription
   * @param cancelOn the cancel date
   * @return the forfeited days, 0 if cancelling then loses nothing
   */
  public static long forfeitedDays(Subscription source, LocalDate cancelOn) {
    LocalDate naturalEnd = source.termEnd().plusDays(1);
    if (!cancelOn.isBefore(naturalEnd)) {
      return 0;
    }
    boolean refunded = source.refundableUntil().map(last -> !cancelOn.isAfter(last)).orElse(false);
    return refunded ? 0 : ChronoUnit.DAYS.between(cancelOn, naturalEnd);
  }

  /**
   * Returns the value of forfeited days: unit price × seats × days × 12 / 365, rounded half-even to
   * the currency's minor unit.
   *
   * @param unitPrice the price of one seat for one month
   * @param seats the seats paid for
   * @param days the forfeited days
   * @return the forfeited value in the unit price's currency
   */
  public static Money forfeitedValue(Money unitPrice, int seats, long days) {
    int minorDigits = Math.max(0, unitPrice.currency().getDefaultFractionDigits());
    BigDecimal value =
        unitPrice
            .amount()
            .multiply(BigDecimal.valueOf(seats))
            .multiply(BigDecimal.valueOf(days))
            .multiply(MONTHS_PER_YEAR)
            .divide(DAYS_PER_YEAR, minorDigits, RoundingMode.HALF_EVEN);
    return Money.of(value, unitPrice.currency());
  }
}
