package org.csptransfer.core;

import static com.google.common.base.Preconditions.checkArgument;

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
    return new Builder();
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

  /** Builds customers. Mandatory: tenant id, name, country. */
  public static final class Builder extends ImmutableCustomer.Builder {
    Builder() {}
  }
}
