package org.csptransfer.core;

import org.csptransfer.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The identifier of an offer in the offer catalog (a Partner Center offer id or a product SKU name,
 * such as Graph's {@code skuPartNumber} {@code "ENTERPRISEPACK"}).
 *
 * <p>Any text that does not print as blank (white space, Unicode spaces and zero-width characters
 * count as blank) of at most {@value Limits#MAX_ID_LENGTH} characters is accepted; the value is
 * kept exactly as given and compared case-sensitively, as Partner Center compares ids.
 */
@Value.Immutable
public abstract class OfferId implements Comparable<OfferId> {

  OfferId() {}

  /**
   * Returns the id with the given text.
   *
   * @param value the id, for example {@code "O365_E3"}; not null
   * @return the id
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank or longer than {@value
   *     Limits#MAX_ID_LENGTH} characters
   */
  public static OfferId of(String value) {
    return ImmutableOfferId.of(value);
  }

  /**
   * Returns the text of this id.
   *
   * @return the id as given, never blank
   */
  @Value.Parameter
  public abstract String value();

  @Value.Check
  void check() {
    Checks.checkId("offer id", value());
  }

  /** Orders ids by their text, so that reports and findings list them in a stable order. */
  @Override
  public int compareTo(OfferId other) {
    return value().compareTo(other.value());
  }

  /** Returns the id's text, so that an id reads naturally in messages. */
  @Override
  public String toString() {
    return value();
  }
}
