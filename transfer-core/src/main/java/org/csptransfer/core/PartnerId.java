package org.csptransfer.core;

import java.util.Locale;
import org.csptransfer.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The identifier of a CSP partner in Partner Center (its MPN id, for example a partner's location
 * id).
 *
 * <p>Any text that does not print as blank (white space, Unicode spaces and zero-width characters
 * count as blank) of at most {@value Limits#MAX_ID_LENGTH} characters is accepted; the value is
 * kept exactly as given and compared case-sensitively, as Partner Center compares ids.
 */
@Value.Immutable
public abstract class PartnerId implements Comparable<PartnerId> {

  PartnerId() {}

  /**
   * Returns the id with the given text.
   *
   * @param value the id, for example {@code "4321987"}; not null
   * @return the id
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank or longer than {@value
   *     Limits#MAX_ID_LENGTH} characters
   */
  public static PartnerId of(String value) {
    return ImmutablePartnerId.of(value);
  }

  /**
   * Returns the text of this id.
   *
   * @return the id as given, never blank
   */
  @Value.Parameter
  public abstract String value();

  /**
   * Tells whether two partner ids name the same partner: the same text, or two GUIDs (Partner
   * Center tenant ids) that differ only in letter case (CONTRACT.md, "Version 3", clarification 8).
   * {@link #equals(Object)} stays exact, so ids keep the spelling they were given.
   *
   * @param other the other id; not null
   * @return true if both ids name the same partner
   */
  public boolean sameAs(PartnerId other) {
    String a = value();
    String b = other.value();
    return a.equals(b) || (a.equalsIgnoreCase(b) && TenantId.isGuid(a) && TenantId.isGuid(b));
  }

  /**
   * Returns the text two ids have in common exactly when they are {@link #sameAs(PartnerId) the
   * same partner}: a GUID in lower case, any other id as given. For keying maps and sets by
   * partner.
   *
   * @return the comparison key
   */
  public String comparisonKey() {
    String text = value();
    return TenantId.isGuid(text) ? text.toLowerCase(Locale.ROOT) : text;
  }

  @Value.Check
  void check() {
    Checks.checkId("partner id", value());
  }

  /** Orders ids by their text, so that reports and findings list them in a stable order. */
  @Override
  public int compareTo(PartnerId other) {
    return value().compareTo(other.value());
  }

  /** Returns the id's text, so that an id reads naturally in messages. */
  @Override
  public String toString() {
    return value();
  }
}
