package org.csptransfer.rules.action;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Map;
import org.csptransfer.core.TransferId;
import org.immutables.value.Value;

/** Date a transfer request on or after the as-of date: a transfer cannot happen in the past. */
@Value.Immutable
public abstract non-sealed class RescheduleTransfer implements RequiredAction {
  RescheduleTransfer() {}

  /**
   * Returns the action.
   *
   * @param transfer the request; not null
   * @param date its planned date; not null
   * @param recommended the date to plan instead; not null
   * @return the action
   */
  public static RescheduleTransfer of(TransferId transfer, LocalDate date, LocalDate recommended) {
    return ImmutableRescheduleTransfer.of(transfer, date, recommended);
  }

  /**
   * Returns the request.
   *
   * @return the transfer's id
   */
  @Value.Parameter
  public abstract TransferId transfer();

  /**
   * Returns its planned date.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * Returns the date to plan instead.
   *
   * @return the recommended date
   */
  @Value.Parameter
  public abstract LocalDate recommended();

  @Override
  public Kind kind() {
    return Kind.RESCHEDULE_TRANSFER;
  }

  @Override
  public Map<String, Object> arguments() {
    return ImmutableMap.of(
        "transfer", transfer().value(), "date", date(), "recommended", recommended());
  }
}
