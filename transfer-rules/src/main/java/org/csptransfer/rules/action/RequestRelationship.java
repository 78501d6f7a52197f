package org.csptransfer.rules.action;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.csptransfer.core.PartnerId;
import org.csptransfer.core.TenantId;
import org.immutables.value.Value;

/**
 * Send the customer a reseller relationship request (Partner Center: Customers, Request a reseller
 * relationship). Done, the relationship is invited.
 */
@Value.Immutable
public abstract non-sealed class RequestRelationship implements RequiredAction {
  RequestRelationship() {}

  /**
   * Returns the action.
   *
   * @param partnerId the partner that must send the request; not null
   * @param tenantId the customer's tenant; not null
   * @return the action
   */
  public static RequestRelationship of(PartnerId partnerId, TenantId tenantId) {
    return ImmutableRequestRelationship.of(partnerId, tenantId);
  }

  /**
   * Returns the partner that must send the request.
   *
   * @return the partner
   */
  @Value.Parameter
  public abstract PartnerId partnerId();

  /**
   * Returns the customer's tenant.
   *
   * @return the tenant
   */
  @Value.Parameter
  public abstract TenantId tenantId();

  @Override
  public Kind kind() {
    return Kind.REQUEST_RELATIONSHIP;
  }

  @Override
  public Map<String, Object> arguments() {
    return ImmutableMap.of("partnerId", partnerId().value(), "tenantId", tenantId().toString());
  }
}
