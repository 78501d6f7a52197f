package org.csptransfer.core;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.Optional;
import java.util.Set;
import org.csptransfer.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The CSP partner that takes the customer over: the target of the transition.
 *
 * <p>A partner's market is its company location; it may sell to every market of that location's
 * region. A partner with legal entities in several regions holds authorization in each of them
 * (docs/DOMAIN.md, section 2; the several-regions case is inferred). So {@link #regions()} is a
 * set: when it is empty the partner is authorized for the region of its {@link #country() home
 * country}; when it is not, it replaces that default.
 */
@Value.Immutable
public abstract class Partner {

  Partner() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new ImmutablePartner.Builder();
  }

  /**
   * Returns the partner's Partner Center id (MPN id).
   *
   * @return the id
   */
  public abstract PartnerId id();

  /**
   * Returns the partner's Microsoft Entra tenant id, the name Graph ({@code ownerTenantId}) and
   * Partner Center's transfer API give the partner (docs/DOMAIN.md, section 12).
   *
   * @return the partner's tenant id, if known
   */
  public abstract Optional<TenantId> tenantId();

  /**
   * Tells whether a partner id names this partner: its {@link #id()} or its {@link #tenantId()},
   * GUIDs compared without regard to case (CONTRACT.md, "Version 3", "Reading tenant data").
   *
   * @param partnerId a partner id, for example a CSP subscription's; not null
   * @return true if {@code partnerId} is this partner's id or tenant id
   */
  public boolean isNamedBy(PartnerId partnerId) {
    if (id().sameAs(partnerId)) {
      return true;
    }
    Optional<TenantId> tenant = tenantId();
    return tenant.isPresent()
        && TenantId.isGuid(partnerId.value())
        && tenant.get().toString().equalsIgnoreCase(partnerId.value());
  }

  /**
   * Returns the partner's display name.
   *
   * @return the name, never blank, at most {@value Limits#MAX_NAME_LENGTH} characters
   */
  public abstract String name();

  /**
   * Returns the country of the partner's company location (its home market).
   *
   * @return the home country
   */
  public abstract CountryCode country();

  /**
   * Returns the regions the partner is explicitly authorized for.
   *
   * @return the explicit regions; empty means "the region of the home country"
   */
  public abstract Set<Region> regions();

  /**
   * Returns the regions the partner may sell to according to a region table: the explicit {@link
   * #regions()} if any, else the region of the home country.
   *
   * @param catalog the edition of the region table to read the home country's region from; not null
   * @return the authorized regions; empty only if no regions are explicit and the home country is
   *     in no region of {@code catalog}
   */
  public Set<Region> authorizedRegions(RegionCatalog catalog) {
    if (!regions().isEmpty()) {
      return regions();
    }
    return catalog.regionOf(country()).map(Set::of).orElse(Set.of());
  }

  /**
   * Tells whether the partner may sell to a region, without building the set of {@link
   * #authorizedRegions(RegionCatalog)}.
   *
   * @param region the region; not null
   * @param catalog the edition of the region table to read the home country's region from; not null
   * @return true if {@code region} is one of the authorized regions
   */
  public boolean isAuthorizedFor(Region region, RegionCatalog catalog) {
    if (!regions().isEmpty()) {
      return regions().contains(region);
    }
    return catalog.regionOf(country()).map(region::equals).orElse(false);
  }

  @Value.Check
  void check() {
    Checks.checkName("partner[%s]", id(), name());
  }

  /**
   * Builds partners. Mandatory: id, name, country.
   *
   * <p>Each setter refuses null at once, with a {@code NullPointerException} naming the attribute;
   * the partner's invariants are checked by {@link #build()}. A builder is not thread-safe;
   * Immutables implements it (a package-private class).
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Sets every attribute from a partner, as a start for a changed copy: its values replace those
     * set, its present optional values replace those set, and its elements are added to those of
     * every collection.
     *
     * @param instance the partner to copy; not null
     * @return this builder
     * @throws NullPointerException if {@code instance} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder from(Partner instance);

    /**
     * Sets {@link Partner#id() id}.
     *
     * @param id the value; not null
     * @return this builder
     * @throws NullPointerException if {@code id} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder id(PartnerId id);

    /**
     * Sets {@link Partner#tenantId() tenantId}.
     *
     * @param tenantId the value; not null
     * @return this builder
     * @throws NullPointerException if {@code tenantId} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder tenantId(TenantId tenantId);

    /**
     * Sets {@link Partner#tenantId() tenantId}, or leaves it absent when empty.
     *
     * @param tenantId the value, or empty; not null
     * @return this builder
     * @throws NullPointerException if {@code tenantId} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder tenantId(Optional<? extends TenantId> tenantId);

    /**
     * Sets {@link Partner#name() name}. Its limits are checked by {@link #build()}.
     *
     * @param name the value; not null
     * @return this builder
     * @throws NullPointerException if {@code name} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder name(String name);

    /**
     * Sets {@link Partner#country() country}.
     *
     * @param country the value; not null
     * @return this builder
     * @throws NullPointerException if {@code country} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder country(CountryCode country);

    /**
     * Adds an element to {@link Partner#regions() regions}.
     *
     * @param element the element; not null
     * @return this builder
     * @throws NullPointerException if {@code element} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder addRegion(Region element);

    /**
     * Adds elements to {@link Partner#regions() regions}, in order.
     *
     * @param elements the elements; not null, nor any of them
     * @return this builder
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    @CanIgnoreReturnValue
    public abstract Builder addRegions(Region... elements);

    /**
     * Replaces the elements of {@link Partner#regions() regions} by these, in order.
     *
     * @param elements the elements; not null, nor any of them
     * @return this builder
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    @CanIgnoreReturnValue
    public abstract Builder regions(Iterable<? extends Region> elements);

    /**
     * Adds elements to {@link Partner#regions() regions}, in order.
     *
     * @param elements the elements; not null, nor any of them
     * @return this builder
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    @CanIgnoreReturnValue
    public abstract Builder addAllRegions(Iterable<? extends Region> elements);

    /**
     * Builds the partner, checking its invariants.
     *
     * @return the partner
     * @throws IllegalStateException if a mandatory attribute is not set (id, name, country); the
     *     message names the missing ones
     * @throws IllegalArgumentException if the name is blank or longer than {@value
     *     Limits#MAX_NAME_LENGTH} characters; the message names the field and the value
     */
    public abstract Partner build();
  }
}
