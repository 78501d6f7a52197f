package org.csptransfer.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.csptransfer.core.Money;
import org.csptransfer.core.TransferId;
import org.jspecify.annotations.Nullable;

/**
 * A source's partner-to-partner transfer: the request that moves it, the day it moves, and what the
 * new partner bills from that day to the last day of the term.
 *
 * <p>Immutable; built by the pipeline.
 */
public final class TransferTiming {

  private final TransferId transfer;
  private final LocalDate date;
  private final long billedDays;
  private final @Nullable Money billedValue;

  TransferTiming(
      TransferId transfer, LocalDate date, long billedDays, @Nullable Money billedValue) {
    this.transfer = transfer;
    this.date = date;
    this.billedDays = billedDays;
    this.billedValue = billedValue;
  }

  /**
   * Returns the transfer request.
   *
   * @return its id
   */
  public TransferId transfer() {
    return transfer;
  }

  /**
   * Returns the day the subscription moves: the new partner bills from that day.
   *
   * @return the transfer date, inclusive
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns the days the new partner bills: from the transfer date to the last day of the term,
   * both included.
   *
   * @return the days, 0 if the term ends before the transfer date
   */
  public long billedDays() {
    return billedDays;
  }

  /**
   * Returns the value of those days when the unit price is known: unit price times seats times days
   * times 12 / 365, rounded half-even to the currency's minor unit.
   *
   * @return the billed value, if the price is known
   */
  public Optional<Money> billedValue() {
    return Optional.ofNullable(billedValue);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof TransferTiming that
        && transfer.equals(that.transfer)
        && date.equals(that.date)
        && billedDays == that.billedDays
        && Objects.equals(billedValue, that.billedValue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(transfer, date, billedDays, billedValue);
  }

  /** Returns the transfer, its date and the billed days, for debugging. */
  @Override
  public String toString() {
    return transfer + " on " + date + " (" + billedDays + " days billed)";
  }
}
