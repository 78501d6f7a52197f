package org.csptransfer.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.csptransfer.core.Money;
import org.csptransfer.core.SubscriptionId;
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
public final class SourceTimeline {

  private final SubscriptionId source;
  private final LocalDate firstDayWithoutService;
  private final EndReason endReason;
  private final int graceDays;
  private final int disabledDays;
  private final long forfeitedDays;
  private final @Nullable Money forfeitedValue;
  private final List<TargetTiming> targets;
  private final @Nullable TransferTiming transfer;

  SourceTimeline(
      SubscriptionId source,
      LocalDate firstDayWithoutService,
      EndReason endReason,
      int graceDays,
      int disabledDays,
      long forfeitedDays,
      @Nullable Money forfeitedValue,
      List<TargetTiming> targets,
      @Nullable TransferTiming transfer) {
    this.source = source;
    this.firstDayWithoutService = firstDayWithoutService;
    this.endReason = endReason;
    this.graceDays = graceDays;
    this.disabledDays = disabledDays;
    this.forfeitedDays = forfeitedDays;
    this.forfeitedValue = forfeitedValue;
    this.targets = targets;
    this.transfer = transfer;
  }

  /**
   * Returns the source's id.
   *
   * @return the id
   */
  public SubscriptionId source() {
    return source;
  }

  /**
   * Returns the last day the source serves users under the plan.
   *
   * @return the day before {@link #firstDayWithoutService()}
   */
  public LocalDate lastDayOfService() {
    return firstDayWithoutService.minusDays(1);
  }

  /**
   * Returns the first day the source no longer serves users: the day after the last day of its term
   * when it is left to expire, its cancel date when it is cancelled.
   *
   * @return the first day without service
   */
  public LocalDate firstDayWithoutService() {
    return firstDayWithoutService;
  }

  /**
   * Returns why the service ends.
   *
   * @return the end reason
   */
  public EndReason endReason() {
    return endReason;
  }

  /**
   * Returns the days the source stays Expired after its service ends, users keeping access: the
   * policy's grace days, 0 for a cancelled source.
   *
   * @return the grace days
   */
  public int graceDays() {
    return graceDays;
  }

  /**
   * Returns the days it then stays Disabled: no access, data kept.
   *
   * @return the disabled days
   */
  public int disabledDays() {
    return disabledDays;
  }

  /**
   * Returns the first day users have no access: the first day without service plus the grace days.
   *
   * @return the first day of the Disabled state
   */
  public LocalDate firstDayDisabled() {
    return firstDayWithoutService.plusDays(graceDays);
  }

  /**
   * Returns the first day the source's data is gone: the first day disabled plus the disabled days.
   *
   * @return the first day of the Deleted state
   */
  public LocalDate firstDayDeleted() {
    return firstDayWithoutService.plusDays((long) graceDays + disabledDays);
  }

  /**
   * Returns the prepaid days lost by cancelling before the end of the term without refund.
   *
   * @return the forfeited days, 0 if nothing is lost
   */
  public long forfeitedDays() {
    return forfeitedDays;
  }

  /**
   * Returns the value of the forfeited days when the unit price is known: unit price times seats
   * times days times 12 / 365, rounded half-even to the currency's minor unit.
   *
   * @return the forfeited value, if days are forfeited and the price is known
   */
  public Optional<Money> forfeitedValue() {
    return Optional.ofNullable(forfeitedValue);
  }

  /**
   * Returns the targets serving the source's users: those replacing it, each followed by the
   * targets stacked on it.
   *
   * @return the targets' timings, in plan order
   */
  public List<TargetTiming> targets() {
    return targets;
  }

  /**
   * Returns the source's partner-to-partner transfer.
   *
   * @return the transfer, if the plan transfers the source
   */
  public Optional<TransferTiming> transfer() {
    return Optional.ofNullable(transfer);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof SourceTimeline that
        && source.equals(that.source)
        && firstDayWithoutService.equals(that.firstDayWithoutService)
        && endReason == that.endReason
        && graceDays == that.graceDays
        && disabledDays == that.disabledDays
        && forfeitedDays == that.forfeitedDays
        && Objects.equals(forfeitedValue, that.forfeitedValue)
        && targets.equals(that.targets)
        && Objects.equals(transfer, that.transfer);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        source,
        firstDayWithoutService,
        endReason,
        graceDays,
        disabledDays,
        forfeitedDays,
        forfeitedValue,
        targets,
        transfer);
  }

  /** Returns the source, its first day without service and its targets, for debugging. */
  @Override
  public String toString() {
    return source + " without service from " + firstDayWithoutService + ", targets " + targets;
  }
}
