package org.csptransfer.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.csptransfer.core.Money;
import org.csptransfer.core.TransferId;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A source's partner-to-partner transfer: the request that moves it, the day it moves, and what the
 * new partner bills from that day to the last day of the term.
 *
 * <p>Immutable; built by the pipeline.
 */
@Value.Immutable
public abstract class TransferTiming {

  TransferTiming() {}

  /** Returns a source's transfer timing. */
  static TransferTiming of(
      TransferId transfer, LocalDate date, long billedDays, @Nullable Money billedValue) {
    return ImmutableTransferTiming.of(transfer, date, billedDays, Optional.ofNullable(billedValue));
  }

  /**
   * Returns the transfer request.
   *
   * @return its id
   */
  @Value.Parameter
  public abstract TransferId transfer();

  /**
   * Returns the day the subscription moves: the new partner bills from that day.
   *
   * @return the transfer date, inclusive
   */
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * Returns the days the new partner bills: from the transfer date to the last day of the term,
   * both included.
   *
   * @return the days, 0 if the term ends before the transfer date
   */
  @Value.Parameter
  public abstract long billedDays();

  /**
   * Returns the value of those days when the unit price is known: unit price times seats times days
   * times 12 / 365, rounded half-even to the currency's minor unit.
   *
   * @return the billed value, if the price is known
   */
  @Value.Parameter
  public abstract Optional<Money> billedValue();

  /** Returns the transfer, its date and the billed days, for debugging. */
  @Override
  public String toString() {
    return transfer() + " on " + date() + " (" + billedDays() + " days billed)";
  }
}
