package org.csptransfer.core;

import java.util.UUID;
import org.csptransfer.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A service plan as Microsoft's licensing table names it: the name Graph returns in {@code
 * servicePlans[].servicePlanName} (for example {@code EXCHANGE_S_ENTERPRISE}), its id, and the name
 * people know it by ("Exchange Online (Plan 2)").
 */
@Value.Immutable
public abstract class ServicePlan {

  ServicePlan() {}

  /**
   * Returns a service plan.
   *
   * @param name the plan's name, kept byte for byte; not blank
   * @param id the plan's GUID; not null
   * @param friendlyName the name people know it by; not blank
   * @return the plan
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a name is blank
   */
  public static ServicePlan of(String name, UUID id, String friendlyName) {
    return ImmutableServicePlan.of(name, id, friendlyName);
  }

  /**
   * Returns the plan's name (Microsoft's {@code Service_Plan_Name}).
   *
   * @return the name
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the plan's GUID (Microsoft's {@code Service_Plan_Id}).
   *
   * @return the id
   */
  @Value.Parameter
  public abstract UUID id();

  /**
   * Returns the name people know the plan by (Microsoft's {@code
   * Service_Plans_Included_Friendly_Names}).
   *
   * @return the friendly name
   */
  @Value.Parameter
  public abstract String friendlyName();

  @Value.Check
  void check() {
    Checks.checkId("service plan", name());
    Checks.checkName("servicePlans[%s]", name(), friendlyName());
  }
}
