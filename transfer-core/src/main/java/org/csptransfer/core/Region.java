package org.csptransfer.core;

import org.csptransfer.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A CSP region: a group of markets a partner may sell to from its company location, named exactly
 * as Partner Center's regional authorization table names it, for example {@code "Europe"} or {@code
 * "Middle East, Central & Eastern Europe"} (docs/DOMAIN.md, section 2).
 *
 * <p>A region is only a name; which countries it holds depends on the edition of the table, so
 * membership lives in a {@link RegionCatalog}.
 */
@Value.Immutable
public abstract class Region implements Comparable<Region> {

  Region() {}

  /**
   * Returns the region with the given name.
   *
   * @param name the region's name as the region table spells it; not null, not blank
   * @return the region
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is blank or longer than {@value
   *     Limits#MAX_ID_LENGTH} characters
   */
  public static Region of(String name) {
    return ImmutableRegion.of(name);
  }

  /**
   * Returns the region's name.
   *
   * @return the name as the region table spells it
   */
  @Value.Parameter
  public abstract String name();

  @Value.Check
  void check() {
    Checks.checkId("region name", name());
  }

  /** Orders regions by name. */
  @Override
  public int compareTo(Region other) {
    return name().compareTo(other.name());
  }

  /** Returns the region's name. */
  @Override
  public String toString() {
    return name();
  }
}
