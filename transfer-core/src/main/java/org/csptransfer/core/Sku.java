package org.csptransfer.core;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.csptransfer.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A product SKU as Microsoft's licensing table and Graph describe it: its string id (Graph's {@code
 * skuPartNumber}, for example {@code ENTERPRISEPACK}), its GUID (Graph's {@code skuId}), its
 * product name ("Office 365 E3") and the service plans a licence grants (docs/DOMAIN.md, section
 * 9).
 *
 * <p>String ids are kept byte for byte as Graph returns them, odd spaces included ({@code
 * "Microsoft_365_ Business_ Premium_(no Teams)"}).
 */
@Value.Immutable
public abstract class Sku {

  Sku() {}

  /**
   * Returns a builder. Mandatory: string id, GUID, product name.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the SKU's string id (Graph's {@code skuPartNumber}).
   *
   * @return the string id
   */
  public abstract String stringId();

  /**
   * Returns the SKU's GUID (Graph's {@code skuId}).
   *
   * @return the GUID
   */
  public abstract UUID guid();

  /**
   * Returns the product's display name.
   *
   * @return the name
   */
  public abstract String productName();

  /**
   * Returns the service plans a licence of the SKU grants.
   *
   * @return the plans, in the table's order
   */
  public abstract List<ServicePlan> servicePlans();

  /**
   * Returns the names of the service plans, as an offer lists them.
   *
   * @return the plan names, in the table's order
   */
  public List<String> servicePlanNames() {
    List<String> names = new ArrayList<>(servicePlans().size());
    for (ServicePlan plan : servicePlans()) {
      names.add(plan.name());
    }
    return names;
  }

  @Value.Check
  void check() {
    Checks.checkId("sku string id", stringId());
    Checks.checkName("skus[%s]", stringId(), productName());
  }

  /** Builds SKUs. */
  public static final class Builder extends ImmutableSku.Builder {
    Builder() {}
  }
}
