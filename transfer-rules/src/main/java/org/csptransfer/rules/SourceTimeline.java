package org.csptransfer.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.csptransfer.core.Money;
import org.csptransfer.core.SubscriptionId;

/**
 * What happens to one source over time under the plan: when its service ends and why, its Expired
 * and Disabled periods, when its data is deleted, what cancelling forfeits, and when each of its
 * replacements starts.
 *
 * <p>Periods follow the policy: a source left to expire is Expired (users keep access) for the
 * grace days from its end, then Disabled (no access, data kept) for the disabled days; a cancelled
 * source skips the Expired state (domain brief, section 3). The timeline keeps the day counts and
 * derives {@link #disabledFrom()} and {@link #deletedFrom()} from them.
 *
 * @param source the source's id
 * @param end the first day without service: the day after the term end, or the cancel date
 * @param endReason why the service ends
 * @param graceDays the days the source stays Expired after its end, users keeping access: the
 *     policy's grace days, 0 for a cancelled source
 * @param disabledDays the days it then stays Disabled: no access, data kept
 * @param forfeitedDays prepaid days lost by cancelling before the term end without refund; 0 if
 *     nothing is lost
 * @param forfeitedValue the value of those days when the unit price is known: unit price times
 *     seats times days times 12 / 365, rounded half-even to the currency's minor unit
 * @param replacements the targets replacing this source, in plan order
 */
public record SourceTimeline(
    SubscriptionId source,
    LocalDate end,
    EndReason endReason,
    int graceDays,
    int disabledDays,
    long forfeitedDays,
    Optional<Money> forfeitedValue,
    List<TargetTiming> replacements) {

  /**
   * Creates a timeline; the replacements are copied.
   *
   * @param source the source's id
   * @param end the first day without service: the day after the term end, or the cancel date
   * @param endReason why the service ends
   * @param graceDays the days the source stays Expired after its end: 0 for a cancelled source
   * @param disabledDays the days it then stays Disabled
   * @param forfeitedDays prepaid days lost by cancelling before the term end without refund; 0 if
   *     nothing is lost
   * @param forfeitedValue the value of those days when the unit price is known: unit price times
   *     seats times days times 12 / 365, rounded half-even to the currency's minor unit
   * @param replacements the targets replacing this source, in plan order
   * @throws NullPointerException if an argument or replacement is null
   * @throws IllegalArgumentException if a count of days is negative
   */
  public SourceTimeline {
    requireNonNull(source, "source");
    requireNonNull(end, "end");
    requireNonNull(endReason, "endReason");
    checkArgument(
        graceDays >= 0 && disabledDays >= 0 && forfeitedDays >= 0,
        "timeline[%s]: negative days",
        source);
    requireNonNull(forfeitedValue, "forfeitedValue");
    replacements = ImmutableList.copyOf(replacements);
  }

  /**
   * Returns the first day users have no access: {@link #end()} plus the grace days.
   *
   * @return the first day of the Disabled state
   */
  public LocalDate disabledFrom() {
    return end.plusDays(graceDays);
  }

  /**
   * Returns the first day the source's data is gone: {@link #disabledFrom()} plus the disabled
   * days.
   *
   * @return the first day of the Deleted state
   */
  public LocalDate deletedFrom() {
    return end.plusDays((long) graceDays + disabledDays);
  }

  /**
   * Returns the last day the source serves users.
   *
   * @return the day before {@link #end()}
   */
  public LocalDate lastDayOfService() {
    return end.minusDays(1);
  }
}
