package org.csptransfer.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.csptransfer.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The customer whose subscriptions move: an Entra ID tenant with its country and its reseller
 * relationships.
 *
 * <p>The tenant's {@link #country() country} decides which partners may serve it (docs/DOMAIN.md,
 * section 2). Each partner appears at most once among the relationships.
 */
@Value.Immutable
public abstract class Customer {

  Customer() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new ImmutableCustomer.Builder();
  }

  /**
   * Returns the customer's tenant id.
   *
   * @return the tenant id
   */
  public abstract TenantId tenantId();

  /**
   * Returns the customer's display name.
   *
   * @return the name, never blank, at most {@value Limits#MAX_NAME_LENGTH} characters
   */
  public abstract String name();

  /**
   * Returns the country set on the tenant (its market), which cannot change after provisioning.
   *
   * @return the tenant's country
   */
  public abstract CountryCode country();

  /**
   * Returns the customer's reseller relationships, at most one per partner.
   *
   * @return the relationships, in the order given
   */
  public abstract List<Relationship> relationships();

  /**
   * Returns the relationship with a partner.
   *
   * @param partnerId the partner; not null
   * @return the relationship, or empty if the customer has none with that partner
   */
  public Optional<Relationship> relationshipWith(PartnerId partnerId) {
    List<Relationship> relationships = relationships();
    for (int i = 0; i < relationships.size(); i++) {
      if (relationships.get(i).partnerId().sameAs(partnerId)) {
        return Optional.of(relationships.get(i));
      }
    }
    return Optional.empty();
  }

  @Value.Check
  void check() {
    Checks.checkName("customer[%s]", tenantId(), name());
    Set<PartnerId> seen = new HashSet<>();
    for (Relationship relationship : relationships()) {
      checkArgument(
          seen.add(relationship.partnerId()),
          "customer[%s].relationships: partner %s appears more than once",
          tenantId(),
          relationship.partnerId());
    }
  }

  /**
   * Builds customers. Mandatory: tenant id, name, country.
   *
   * <p>Each setter refuses null at once, with a {@code NullPointerException} naming the attribute;
   * the customer's invariants are checked by {@link #build()}. A builder is not thread-safe;
   * Immutables implements it (a package-private class).
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Sets every attribute from a customer, as a start for a changed copy: its values replace those
     * set, its present optional values replace those set, and its elements are added to those of
     * every collection.
     *
     * @param instance the customer to copy; not null
     * @return this builder
     * @throws NullPointerException if {@code instance} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder from(Customer instance);

    /**
     * Sets {@link Customer#tenantId() tenantId}.
     *
     * @param tenantId the value; not null
     * @return this builder
     * @throws NullPointerException if {@code tenantId} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder tenantId(TenantId tenantId);

    /**
     * Sets {@link Customer#name() name}. Its limits are checked by {@link #build()}.
     *
     * @param name the value; not null
     * @return this builder
     * @throws NullPointerException if {@code name} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder name(String name);

    /**
     * Sets {@link Customer#country() country}.
     *
     * @param country the value; not null
     * @return this builder
     * @throws NullPointerException if {@code country} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder country(CountryCode country);

    /**
     * Adds an element to {@link Customer#relationships() relationships}.
     *
     * @param element the element; not null
     * @return this builder
     * @throws NullPointerException if {@code element} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder addRelationship(Relationship element);

    /**
     * Adds elements to {@link Customer#relationships() relationships}, in order.
     *
     * @param elements the elements; not null, nor any of them
     * @return this builder
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    @CanIgnoreReturnValue
    public abstract Builder addRelationships(Relationship... elements);

    /**
     * Replaces the elements of {@link Customer#relationships() relationships} by these, in order.
     *
     * @param elements the elements; not null, nor any of them
     * @return this builder
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    @CanIgnoreReturnValue
    public abstract Builder relationships(Iterable<? extends Relationship> elements);

    /**
     * Adds elements to {@link Customer#relationships() relationships}, in order.
     *
     * @param elements the elements; not null, nor any of them
     * @return this builder
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    @CanIgnoreReturnValue
    public abstract Builder addAllRelationships(Iterable<? extends Relationship> elements);

    /**
     * Builds the customer, checking its invariants.
     *
     * @return the customer
     * @throws IllegalStateException if a mandatory attribute is not set (tenantId, name, country);
     *     the message names the missing ones
     * @throws IllegalArgumentException if the name is blank or longer than {@value
     *     Limits#MAX_NAME_LENGTH} characters, or one partner has two relationships; the message
     *     names the field and the value
     */
    public abstract Customer build();
  }
}
