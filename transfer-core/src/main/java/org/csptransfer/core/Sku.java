package org.csptransfer.core;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
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
    return new ImmutableSku.Builder();
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

  /**
   * Builds SKUs.
   *
   * <p>Each setter refuses null at once, with a {@code NullPointerException} naming the attribute;
   * the SKU's invariants are checked by {@link #build()}. A builder is not thread-safe; Immutables
   * implements it (a package-private class).
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Sets every attribute from a SKU, as a start for a changed copy: its values replace those set,
     * its present optional values replace those set, and its elements are added to those of every
     * collection.
     *
     * @param instance the SKU to copy; not null
     * @return this builder
     * @throws NullPointerException if {@code instance} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder from(Sku instance);

    /**
     * Sets {@link Sku#stringId() stringId}. Its limits are checked by {@link #build()}.
     *
     * @param stringId the value; not null
     * @return this builder
     * @throws NullPointerException if {@code stringId} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder stringId(String stringId);

    /**
     * Sets {@link Sku#guid() guid}.
     *
     * @param guid the value; not null
     * @return this builder
     * @throws NullPointerException if {@code guid} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder guid(UUID guid);

    /**
     * Sets {@link Sku#productName() productName}. Its limits are checked by {@link #build()}.
     *
     * @param productName the value; not null
     * @return this builder
     * @throws NullPointerException if {@code productName} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder productName(String productName);

    /**
     * Adds an element to {@link Sku#servicePlans() servicePlans}.
     *
     * @param element the element; not null
     * @return this builder
     * @throws NullPointerException if {@code element} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder addServicePlan(ServicePlan element);

    /**
     * Adds elements to {@link Sku#servicePlans() servicePlans}, in order.
     *
     * @param elements the elements; not null, nor any of them
     * @return this builder
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    @CanIgnoreReturnValue
    public abstract Builder addServicePlans(ServicePlan... elements);

    /**
     * Replaces the elements of {@link Sku#servicePlans() servicePlans} by these, in order.
     *
     * @param elements the elements; not null, nor any of them
     * @return this builder
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    @CanIgnoreReturnValue
    public abstract Builder servicePlans(Iterable<? extends ServicePlan> elements);

    /**
     * Adds elements to {@link Sku#servicePlans() servicePlans}, in order.
     *
     * @param elements the elements; not null, nor any of them
     * @return this builder
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    @CanIgnoreReturnValue
    public abstract Builder addAllServicePlans(Iterable<? extends ServicePlan> elements);

    /**
     * Builds the SKU, checking its invariants.
     *
     * @return the SKU
     * @throws IllegalStateException if a mandatory attribute is not set (stringId, guid,
     *     productName); the message names the missing ones
     * @throws IllegalArgumentException if the string id is not a well-formed id, or the product
     *     name is blank or longer than {@value Limits#MAX_NAME_LENGTH} characters; the message
     *     names the field and the value
     */
    public abstract Sku build();
  }
}
