package org.csptransfer.core;

import java.math.BigDecimal;
import java.util.Currency;
import org.immutables.value.Value;

/**
 * An amount of money in a currency, for example a seat's monthly price or the prepaid value an
 * early cancellation forfeits.
 *
 * <p>The amount is kept as given (its scale included); {@link #equals(Object)} compares amounts
 * with their scale, as {@link BigDecimal#equals(Object)} does.
 */
@Value.Immutable
public abstract class Money {

  Money() {}

  /**
   * Returns an amount of money.
   *
   * @param amount the amount; not null
   * @param currency its currency; not null
   * @return the money
   * @throws NullPointerException if an argument is null
   */
  public static Money of(BigDecimal amount, Currency currency) {
    return ImmutableMoney.of(amount, currency);
  }

  /**
   * Returns the amount.
   *
   * @return the amount
   */
  @Value.Parameter
  public abstract BigDecimal amount();

  /**
   * Returns the currency.
   *
   * @return the currency
   */
  @Value.Parameter
  public abstract Currency currency();

  /**
   * Returns the amount then the currency code, for example {@code 412.50 EUR} (an amount with a
   * large exponent keeps its scientific notation rather than printing every digit).
   */
  @Override
  public String toString() {
    return amount() + " " + currency().getCurrencyCode();
  }
}
