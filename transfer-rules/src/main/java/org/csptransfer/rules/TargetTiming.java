package org.csptransfer.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.csptransfer.core.SubscriptionId;
import org.jspecify.annotations.Nullable;

/**
 * When one target serving a source's users starts, measured against that source's first day without
 * service: a target replacing the source, or a target stacked on one that does.
 *
 * <p>Immutable; built by the pipeline.
 */
public final class TargetTiming {

  private final SubscriptionId target;
  private final LocalDate start;
  private final long gapDays;
  private final long overlapDays;
  private final @Nullable SubscriptionId stacksOn;

  TargetTiming(
      SubscriptionId target,
      LocalDate start,
      long gapDays,
      long overlapDays,
      @Nullable SubscriptionId stacksOn) {
    this.target = target;
    this.start = start;
    this.gapDays = gapDays;
    this.overlapDays = overlapDays;
    this.stacksOn = stacksOn;
  }

  /**
   * Returns the planned subscription.
   *
   * @return the target's id
   */
  public SubscriptionId target() {
    return target;
  }

  /**
   * Returns its first day of service.
   *
   * @return the start, inclusive
   */
  public LocalDate start() {
    return start;
  }

  /**
   * Returns the whole days from the source's first day without service to the target's start.
   *
   * @return the gap, 0 when the target starts on or before that day
   */
  public long gapDays() {
    return gapDays;
  }

  /**
   * Returns the whole days from the target's start to the source's first day without service: days
   * both are billed.
   *
   * @return the overlap, 0 when the target starts on or after that day
   */
  public long overlapDays() {
    return overlapDays;
  }

  /**
   * Returns the target this one stacks on, for a stacked target: it serves the source's users
   * through that target.
   *
   * @return the base target, if this one is stacked
   */
  public Optional<SubscriptionId> stacksOn() {
    return Optional.ofNullable(stacksOn);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof TargetTiming that
        && target.equals(that.target)
        && start.equals(that.start)
        && gapDays == that.gapDays
        && overlapDays == that.overlapDays
        && Objects.equals(stacksOn, that.stacksOn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(target, start, gapDays, overlapDays, stacksOn);
  }

  /** Returns the target, its start and the gap or overlap, for debugging. */
  @Override
  public String toString() {
    return target + " from " + start + " (gap " + gapDays + ", overlap " + overlapDays + ")";
  }
}
