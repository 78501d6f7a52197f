package org.csptransfer.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.csptransfer.core.SubscriptionId;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * When one target serving a source's users starts, measured against that source's first day without
 * service: a target replacing the source, or a target stacked on one that does.
 *
 * <p>Immutable; built by the pipeline.
 */
@Value.Immutable
public abstract class TargetTiming {

  TargetTiming() {}

  /** Returns a target's timing against one source. */
  static TargetTiming of(
      SubscriptionId target,
      LocalDate start,
      long gapDays,
      long overlapDays,
      @Nullable SubscriptionId stacksOn) {
    return ImmutableTargetTiming.of(
        target, start, gapDays, overlapDays, Optional.ofNullable(stacksOn));
  }

  /**
   * Returns the planned subscription.
   *
   * @return the target's id
   */
  @Value.Parameter
  public abstract SubscriptionId target();

  /**
   * Returns its first day of service.
   *
   * @return the start, inclusive
   */
  @Value.Parameter
  public abstract LocalDate start();

  /**
   * Returns the whole days from the source's first day without service to the target's start.
   *
   * @return the gap, 0 when the target starts on or before that day
   */
  @Value.Parameter
  public abstract long gapDays();

  /**
   * Returns the whole days from the target's start to the source's first day without service: days
   * both are billed.
   *
   * @return the overlap, 0 when the target starts on or after that day
   */
  @Value.Parameter
  public abstract long overlapDays();

  /**
   * Returns the target this one stacks on, for a stacked target: it serves the source's users
   * through that target.
   *
   * @return the base target, if this one is stacked
   */
  @Value.Parameter
  public abstract Optional<SubscriptionId> stacksOn();

  /** Returns the target, its start and the gap or overlap, for debugging. */
  @Override
  public String toString() {
    return target()
        + " from "
        + start()
        + " (gap "
        + gapDays()
        + ", overlap "
        + overlapDays()
        + ")";
  }
}
