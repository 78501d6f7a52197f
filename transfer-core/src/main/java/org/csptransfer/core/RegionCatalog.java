package org.csptransfer.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Splitter;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.csptransfer.core.internal.Csp2021RegionTable;
import org.immutables.value.Value;

/**
 * One dated edition of the CSP regional authorization table: which region each country belongs to.
 *
 * <p>Membership changed between editions (2017, 2018, 2021), so a catalog carries its edition and
 * publication date, and users can build their own for another edition. {@link #csp2021()} ships the
 * April 2021 table. A country belongs to at most one region; a country in no region (for example
 * CN, CU, IR, KP, SY in 2021) cannot be served through CSP (docs/DOMAIN.md, section 2).
 *
 * <p>Lookups are backed by maps built once, when the catalog is built.
 */
@Value.Immutable
public abstract class RegionCatalog {

  RegionCatalog() {}

  /**
   * Returns the April 2021 CSP region table: 15 regions, 243 countries.
   *
   * @return the shared catalog instance
   */
  public static RegionCatalog csp2021() {
    return Csp2021.CATALOG;
  }

  /**
   * Returns a builder for a catalog of another edition.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new ImmutableRegionCatalog.Builder();
  }

  /**
   * Returns the edition's name, for example {@code "CSP regional authorization, April 2021"}.
   *
   * @return the edition, never blank
   */
  public abstract String edition();

  /**
   * Returns the day this edition was published.
   *
   * @return the publication date
   */
  public abstract LocalDate publishedOn();

  /**
   * Returns every country of the catalog with its region, in the order they were added.
   *
   * @return country to region
   */
  public abstract Map<CountryCode, Region> memberships();

  /**
   * Returns the regions of this edition with their countries.
   *
   * @return region to its countries, regions in the order they first appear
   */
  @Value.Derived
  @Value.Auxiliary
  public Map<Region, Set<CountryCode>> countriesByRegion() {
    Map<Region, Set<CountryCode>> byRegion = new LinkedHashMap<>();
    for (Map.Entry<CountryCode, Region> membership : memberships().entrySet()) {
      byRegion
          .computeIfAbsent(membership.getValue(), region -> new LinkedHashSet<>())
          .add(membership.getKey());
    }
    byRegion.replaceAll((region, countries) -> Collections.unmodifiableSet(countries));
    return Collections.unmodifiableMap(byRegion);
  }

  /**
   * Returns the region a country belongs to.
   *
   * @param country the country; not null
   * @return its region, or empty if the country is in no region of this edition
   */
  public Optional<Region> regionOf(CountryCode country) {
    return Optional.ofNullable(memberships().get(country));
  }

  /**
   * Returns the regions of this edition.
   *
   * @return the regions, in the order they first appear
   */
  public Set<Region> regions() {
    return countriesByRegion().keySet();
  }

  /**
   * Returns the countries of a region.
   *
   * @param region the region; not null
   * @return its countries, empty if the region is not in this edition
   */
  public Set<CountryCode> countriesOf(Region region) {
    return countriesByRegion().getOrDefault(region, Set.of());
  }

  /**
   * Finds a region of this edition by its exact name.
   *
   * @param name the name, spelled as in the table (case and punctuation matter); not null
   * @return the region, or empty if this edition has no region of that name
   */
  public Optional<Region> regionNamed(String name) {
    Region candidate = Region.of(name);
    return countriesByRegion().containsKey(candidate) ? Optional.of(candidate) : Optional.empty();
  }

  @Value.Check
  void check() {
    checkArgument(!edition().isBlank(), "regionCatalog.edition: must not be blank");
  }

  /**
   * Builds region catalogs. A country belongs to one region: {@link #putRegion} refuses a country
   * already added, {@link #putMembership} replaces its region.
   *
   * <p>Each setter refuses null at once, with a {@code NullPointerException} naming the attribute;
   * the region catalog's invariants are checked by {@link #build()}. A builder is not thread-safe;
   * Immutables implements it (a package-private class).
   */
  public abstract static class Builder {
    private final Set<CountryCode> added = new java.util.HashSet<>();

    Builder() {}

    /**
     * Adds the countries of a region.
     *
     * @param region the region; not null
     * @param countries its countries; none may have been added before
     * @return this builder
     * @throws IllegalArgumentException if a country was already added
     */
    @CanIgnoreReturnValue
    public Builder putRegion(Region region, Iterable<CountryCode> countries) {
      for (CountryCode country : countries) {
        checkArgument(added.add(country), "regionCatalog: %s is in more than one region", country);
        putMembership(country, region);
      }
      return this;
    }

    /**
     * Sets every attribute from a region catalog, as a start for a changed copy: its values replace
     * those set, its present optional values replace those set, and its elements are added to those
     * of every collection.
     *
     * @param instance the region catalog to copy; not null
     * @return this builder
     * @throws NullPointerException if {@code instance} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder from(RegionCatalog instance);

    /**
     * Sets {@link RegionCatalog#edition() edition}. Its limits are checked by {@link #build()}.
     *
     * @param edition the value; not null
     * @return this builder
     * @throws NullPointerException if {@code edition} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder edition(String edition);

    /**
     * Sets {@link RegionCatalog#publishedOn() publishedOn}. Its limits are checked by {@link
     * #build()}.
     *
     * @param publishedOn the value; not null
     * @return this builder
     * @throws NullPointerException if {@code publishedOn} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder publishedOn(LocalDate publishedOn);

    /**
     * Adds an entry to {@link RegionCatalog#memberships() memberships}; it replaces one of the same
     * key.
     *
     * @param key the key; not null
     * @param value the value; not null
     * @return this builder
     * @throws NullPointerException if {@code key} or {@code value} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder putMembership(CountryCode key, Region value);

    /**
     * Adds an entry to {@link RegionCatalog#memberships() memberships}; it replaces one of the same
     * key.
     *
     * @param entry the entry; not null, nor its key or value
     * @return this builder
     * @throws NullPointerException if {@code entry}, its key or its value is null
     */
    @CanIgnoreReturnValue
    public abstract Builder putMembership(Map.Entry<? extends CountryCode, ? extends Region> entry);

    /**
     * Replaces the entries of {@link RegionCatalog#memberships() memberships} by these.
     *
     * @param entries the entries; not null, nor any key or value
     * @return this builder
     * @throws NullPointerException if {@code entries}, a key or a value is null
     */
    @CanIgnoreReturnValue
    public abstract Builder memberships(Map<? extends CountryCode, ? extends Region> entries);

    /**
     * Adds entries to {@link RegionCatalog#memberships() memberships}; an entry replaces one of the
     * same key.
     *
     * @param entries the entries; not null, nor any key or value
     * @return this builder
     * @throws NullPointerException if {@code entries}, a key or a value is null
     */
    @CanIgnoreReturnValue
    public abstract Builder putAllMemberships(Map<? extends CountryCode, ? extends Region> entries);

    /**
     * Builds the region catalog, checking its invariants.
     *
     * @return the region catalog
     * @throws IllegalStateException if a mandatory attribute is not set (edition, publishedOn); the
     *     message names the missing ones
     * @throws IllegalArgumentException if the edition is blank; the message names the field and the
     *     value
     */
    public abstract RegionCatalog build();
  }

  /** The 2021 catalog, built on first use from the compiled table. */
  private static final class Csp2021 {
    static final RegionCatalog CATALOG = build();

    private static RegionCatalog build() {
      Builder builder =
          builder()
              .edition(Csp2021RegionTable.EDITION)
              .publishedOn(LocalDate.parse(Csp2021RegionTable.PUBLISHED_ON));
      for (Map.Entry<String, String> row : Csp2021RegionTable.countriesByRegion().entrySet()) {
        Region region = Region.of(row.getKey());
        for (String code : Splitter.on(' ').split(row.getValue())) {
          builder.putMembership(CountryCode.of(code), region);
        }
      }
      return builder.build();
    }
  }
}
