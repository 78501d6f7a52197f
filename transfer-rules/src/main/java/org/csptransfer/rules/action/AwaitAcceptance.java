package org.csptransfer.rules.action;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.csptransfer.core.PartnerId;
import org.csptransfer.core.TenantId;
import org.csptransfer.rules.Actor;
import org.immutables.value.Value;

/**
 * Wait until the customer accepts the partner's reseller relationship request; only then can the
 * partner provision or receive subscriptions.
 */
@Value.Immutable
public abstract non-sealed class AwaitAcceptance implements RequiredAction {
  AwaitAcceptance() {}

  /**
   * Returns the action.
   *
   * @param partnerId the partner whose request is pending; not null
   * @param tenantId the customer's tenant; not null
   * @return the action
   */
  public static AwaitAcceptance of(PartnerId partnerId, TenantId tenantId) {
    return ImmutableAwaitAcceptance.of(partnerId, tenantId);
  }

  /**
   * Returns the partner whose request is pending.
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
    return Kind.AWAIT_ACCEPTANCE;
  }

  @Override
  public Actor actor() {
    return Actor.CUSTOMER;
  }

  @Override
  public Map<String, Object> arguments() {
    return ImmutableMap.of("partnerId", partnerId().value(), "tenantId", tenantId().toString());
  }
}
