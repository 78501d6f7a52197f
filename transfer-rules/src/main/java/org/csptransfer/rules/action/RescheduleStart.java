package org.csptransfer.rules.action;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Map;
import org.csptransfer.core.SubscriptionId;
import org.immutables.value.Value;

/**
 * Move a planned subscription's start date to the recommended one: the source's end minus the
 * policy's lead, never before the as-of date, which avoids both a gap and double billing.
 */
@Value.Immutable
public abstract non-sealed class RescheduleStart implements RequiredAction {
  RescheduleStart() {}

  /**
   * Returns the action.
   *
   * @param target the planned subscription; not null
   * @param start its planned start; not null
   * @param recommended the start that avoids a gap and double billing; not null
   * @return the action
   */
  public static RescheduleStart of(SubscriptionId target, LocalDate start, LocalDate recommended) {
    return ImmutableRescheduleStart.of(target, start, recommended);
  }

  /**
   * Returns the planned subscription.
   *
   * @return the target
   */
  @Value.Parameter
  public abstract SubscriptionId target();

  /**
   * Returns its planned start.
   *
   * @return the start
   */
  @Value.Parameter
  public abstract LocalDate start();

  /**
   * Returns the start that avoids a gap and double billing.
   *
   * @return the recommended start
   */
  @Value.Parameter
  public abstract LocalDate recommended();

  @Override
  public Kind kind() {
    return Kind.RESCHEDULE_START;
  }

  @Override
  public Map<String, Object> arguments() {
    return ImmutableMap.of(
        "target", target().value(), "start", start(), "recommended", recommended());
  }
}
