package org.csptransfer.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.csptransfer.core.SubscriptionId;

/**
 * When one target replacing a source starts, measured against that source's end.
 *
 * @param target the planned subscription
 * @param start its first day of service
 * @param gapDays whole days from the source's end to the target's start; 0 when the target starts
 *     on or before the end
 * @param overlapDays whole days from the target's start to the source's end; 0 when it starts on or
 *     after the end
 */
public record TargetTiming(SubscriptionId target, LocalDate start, long gapDays, long overlapDays) {

  /**
   * Creates a timing.
   *
   * @param target the planned subscription
   * @param start its first day of service
   * @param gapDays whole days from the source's end to the target's start; 0 when the target starts
   *     on or before the end
   * @param overlapDays whole days from the target's start to the source's end; 0 when it starts on
   *     or after the end
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a count is negative, or both are positive
   */
  public TargetTiming {
    requireNonNull(target, "target");
    requireNonNull(start, "start");
    checkArgument(gapDays >= 0 && overlapDays >= 0, "timing[%s]: negative days", target);
    checkArgument(
        gapDays == 0 || overlapDays == 0, "timing[%s]: both a gap and an overlap", target);
  }
}
