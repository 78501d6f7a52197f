package org.csptransfer.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.csptransfer.core.Money;
import org.csptransfer.core.SubscriptionId;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * What happens to one source over time under the plan: when its service ends and why, its Expired
 * and Disabled periods, when its data is deleted, what cancelling forfeits, when each target
 * serving its users starts, and, for a transferred source, its transfer.
 *
 * <p>Periods follow the policy: a source left to expire is Expired (users keep access) for the
 * grace days from its first day without service, then Disabled (no access, data kept) for the
 * disabled days; a cancelled source skips the Expired state (docs/DOMAIN.md, section 3). Every date
 * is named for the side of the boundary it is on: {@link #lastDayOfService()}, {@link
 * #firstDayWithoutService()}, {@link #firstDayDisabled()}, {@link #firstDayDeleted()}.
 *
 * <p>Immutable; built by the pipeline.
 */
@Value.Immutable
public abstract class SourceTimeline {

  SourceTimeline() {}

  /** Returns a source's timeline; the targets keep their order. */
  static SourceTimeline of(
      SubscriptionId source,
      LocalDate firstDayWithoutService,
      EndReason endReason,
      int graceDays,
      int disabledDays,
      long forfeitedDays,
      @Nullable Money forfeitedValue,
      List<TargetTiming> targets,
      @Nullable TransferTiming transfer) {
    return ImmutableSourceTimeline.of(
        source,
        firstDayWithoutService,
        endReason,
        graceDays,
        disabledDays,
        forfeitedDays,
        Optional.ofNullable(forfeitedValue),
        targets,
        Optional.ofNullable(transfer));
  }

  /**
   * Returns the source's id.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract SubscriptionId source();

  /**
   * Returns the last day the source serves users under the plan.
   *
   * @return the day before {@link #firstDayWithoutService()}
   */
  public LocalDate lastDayOfService() {
    return firstDayWithoutService().minusDays(1);
  }

  /**
   * Returns the first day the source no longer serves users: the day after the last day of its term
   * when it is left to expire, its cancel date when it is cancelled.
   *
   * @return the first day without service
   */
  @Value.Parameter
  public abstract LocalDate firstDayWithoutService();

  /**
   * Returns why the service ends.
   *
   * @return the end reason
   */
  @Value.Parameter
  public abstract EndReason endReason();

  /**
   * Returns the days the source stays Expired after its service ends, users keeping access: the
   * policy's grace days, 0 for a cancelled source.
   *
   * @return the grace days
   */
  @Value.Parameter
  public abstract int graceDays();

  /**
   * Returns the days it then stays Disabled: no access, data kept.
   *
   * @return the disabled days
   */
  @Value.Parameter
  public abstract int disabledDays();

  /**
   * Returns the first day users have no access: the first day without service plus the grace days.
   *
   * @return the first day of the Disabled state
   */
  public LocalDate firstDayDisabled() {
    return firstDayWithoutService().plusDays(graceDays());
  }

  /**
   * Returns the first day the source's data is gone: the first day disabled plus the disabled days.
   *
   * @return the first day of the Deleted state
   */
  public LocalDate firstDayDeleted() {
    return firstDayWithoutService().plusDays((long) graceDays() + disabledDays());
  }

  /**
   * Returns the prepaid days lost by cancelling before the end of the term without refund.
   *
   * @return the forfeited days, 0 if nothing is lost
   */
  @Value.Parameter
  public abstract long forfeitedDays();

  /**
   * Returns the value of the forfeited days when the unit price is known: unit price times seats
   * times days times 12 / 365, rounded half-even to the currency's minor unit.
   *
   * @return the forfeited value, if days are forfeited and the price is known
   */
  @Value.Parameter
  public abstract Optional<Money> forfeitedValue();

  /**
   * Returns the targets serving the source's users: those replacing it, each followed by the
   * targets stacked on it.
   *
   * @return the targets' timings, in plan order
   */
  @Value.Parameter
  public abstract List<TargetTiming> targets();

  /**
   * Returns the source's partner-to-partner transfer.
   *
   * @return the transfer, if the plan transfers the source
   */
  @Value.Parameter
  public abstract Optional<TransferTiming> transfer();

  /** Returns the source, its first day without service and its targets, for debugging. */
  @Override
  public String toString() {
    return source()
        + " without service from "
        + firstDayWithoutService()
        + ", targets "
        + targets();
  }
}
