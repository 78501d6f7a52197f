package org.csptransfer.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * A country as ISO 3166-1 alpha-2 code, upper case: the market of a tenant or the home of a
 * partner.
 *
 * <p>A tenant's country is the country set on the tenant when it was provisioned, not the
 * customer's office address, and it cannot be changed afterwards (docs/DOMAIN.md, section 2).
 *
 * <p>Accepted codes are the JDK's ISO 3166-1 list ({@link Locale#getISOCountries()}) plus the
 * user-assigned codes the CSP region tables use: {@code XK}, Kosovo.
 */
@Value.Immutable
public abstract class CountryCode implements Comparable<CountryCode> {

  /** Codes the region tables use that ISO 3166-1 leaves to users (Kosovo is XK for Microsoft). */
  private static final ImmutableSet<String> KNOWN =
      ImmutableSet.<String>builder().add(Locale.getISOCountries()).add("XK").build();

  CountryCode() {}

  /**
   * Returns the country with the given ISO 3166-1 alpha-2 code.
   *
   * @param code two upper-case letters, for example {@code "BE"}; not null
   * @return the country
   * @throws NullPointerException if {@code code} is null
   * @throws IllegalArgumentException if {@code code} is not a known upper-case alpha-2 code
   */
  public static CountryCode of(String code) {
    return ImmutableCountryCode.of(code);
  }

  /**
   * Tells whether a text is an accepted country code, without building one.
   *
   * @param code the text to test; not null
   * @return true if {@link #of(String)} accepts it
   * @throws NullPointerException if {@code code} is null
   */
  public static boolean isKnown(String code) {
    return KNOWN.contains(requireNonNull(code, "code"));
  }

  /**
   * Returns the two-letter code.
   *
   * @return the code, two upper-case letters
   */
  @Value.Parameter
  public abstract String code();

  @Value.Check
  void check() {
    checkArgument(
        KNOWN.contains(code()),
        "country: '%s' is not an upper-case ISO 3166-1 alpha-2 code",
        code());
  }

  /** Orders countries by their code. */
  @Override
  public int compareTo(CountryCode other) {
    return code().compareTo(other.code());
  }

  /** Returns the two-letter code. */
  @Override
  public String toString() {
    return code();
  }
}
