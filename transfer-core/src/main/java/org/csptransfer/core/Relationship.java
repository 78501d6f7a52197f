package org.csptransfer.core;

import org.immutables.value.Value;

/**
 * A reseller relationship between the customer's tenant and one partner.
 *
 * <p>A customer may keep relationships with several partners at once (multi-partner accounts);
 * another partner's relationship is no obstacle to a transition.
 */
@Value.Immutable
public abstract class Relationship {

  Relationship() {}

  /**
   * Returns a relationship.
   *
   * @param partnerId the partner the relationship is with; not null
   * @param status where the request stands; not null
   * @return the relationship
   * @throws NullPointerException if an argument is null
   */
  public static Relationship of(PartnerId partnerId, RelationshipStatus status) {
    return ImmutableRelationship.of(partnerId, status);
  }

  /**
   * Returns the partner the relationship is with.
   *
   * @return the partner's id
   */
  @Value.Parameter
  public abstract PartnerId partnerId();

  /**
   * Returns where the relationship request stands.
   *
   * @return the status
   */
  @Value.Parameter
  public abstract RelationshipStatus status();
}
