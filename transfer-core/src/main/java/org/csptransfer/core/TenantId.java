package org.csptransfer.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * The identifier of a customer's Entra ID (Azure AD) tenant: a UUID.
 *
 * <p>The tenant, not the customer's company, is what a CSP partner takes over: its country and its
 * subscriptions belong to it.
 */
@Value.Immutable
public abstract class TenantId implements Comparable<TenantId> {

  TenantId() {}

  /**
   * Returns the tenant id for a UUID.
   *
   * @param value the tenant's UUID; not null
   * @return the tenant id
   * @throws NullPointerException if {@code value} is null
   */
  public static TenantId of(UUID value) {
    return ImmutableTenantId.of(value);
  }

  /**
   * Parses a tenant id from its canonical text, for example {@code
   * "0b6f2c9e-6f0a-4d2e-9a61-3f1c2d4e5a6b"} (either case).
   *
   * @param text the UUID in its 8-4-4-4-12 hexadecimal form; not null
   * @return the tenant id
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} is not a UUID in canonical form
   */
  public static TenantId parse(String text) {
    checkArgument(isGuid(text), "tenant id: '%s' is not a UUID", text);
    return of(UUID.fromString(text));
  }

  /**
   * Tells whether a text is a GUID in its canonical form: 8-4-4-4-12 hexadecimal digits, either
   * case.
   *
   * @param text the text; not null
   * @return true if {@link #parse(String)} accepts it
   */
  public static boolean isGuid(String text) {
    if (text.length() != 36) {
      return false;
    }
    for (int i = 0; i < 36; i++) {
      char c = text.charAt(i);
      boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
      if (dash ? c != '-' : Character.digit(c, 16) < 0 || c > 'f') {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the tenant's UUID.
   *
   * @return the UUID
   */
  @Value.Parameter
  public abstract UUID value();

  /** Orders tenant ids by their canonical text. */
  @Override
  public int compareTo(TenantId other) {
    return toString().compareTo(other.toString());
  }

  /** Returns the canonical lower-case text of the UUID. */
  @Override
  public String toString() {
    return value().toString().toLowerCase(Locale.ROOT);
  }
}
