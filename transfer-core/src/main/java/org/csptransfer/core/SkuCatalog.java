package org.csptransfer.core;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.csptransfer.core.internal.Checks;
import org.immutables.value.Value;

/**
 * One dated edition of a table of SKUs and their service plans, such as Microsoft's "Product names
 * and service plan identifiers for licensing" (the module {@code transfer-catalog} ships it),
 * looked up by string id or GUID with one hash probe.
 *
 * <p>In Microsoft's table a GUID names one SKU, but a string id may name more than one (in the
 * December 2025 edition {@code MCOPSTN5} names two calling plans): {@link #find(String)} returns
 * the first in the table's order and {@link #findAll(String)} all of them.
 */
@Value.Immutable
public abstract class SkuCatalog {

  SkuCatalog() {}

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new ImmutableSkuCatalog.Builder();
  }

  /**
   * Returns the edition's name.
   *
   * @return the edition
   */
  public abstract String edition();

  /**
   * Returns the day the edition was published.
   *
   * @return the publication date
   */
  public abstract LocalDate publishedOn();

  /**
   * Returns the SKUs, in the table's order.
   *
   * @return the SKUs
   */
  public abstract List<Sku> skus();

  @Value.Derived
  @Value.Auxiliary
  Map<String, List<Sku>> byStringId() {
    Map<String, List<Sku>> index = new HashMap<>(skus().size() * 2);
    for (Sku sku : skus()) {
      index.computeIfAbsent(sku.stringId(), id -> new ArrayList<>(1)).add(sku);
    }
    return index;
  }

  @Value.Derived
  @Value.Auxiliary
  Map<UUID, Sku> byGuid() {
    Map<UUID, Sku> index = new HashMap<>(skus().size() * 2);
    for (Sku sku : skus()) {
      index.putIfAbsent(sku.guid(), sku);
    }
    return index;
  }

  /**
   * Each plan's usual friendly name: the table writes some plans' names several ways ("Microsoft
   * Entra ID P1", "Azure Active Directory Premium P1", "AAD_PREMIUM"); the most frequent one that
   * is not the plan's own name wins, ties to the first met.
   */
  @Value.Derived
  @Value.Auxiliary
  Map<String, String> friendlyNames() {
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    for (Sku sku : skus()) {
      for (ServicePlan plan : sku.servicePlans()) {
        counts
            .computeIfAbsent(plan.name(), name -> new java.util.LinkedHashMap<>())
            .merge(plan.friendlyName(), 1, Integer::sum);
      }
    }
    Map<String, String> names = new HashMap<>(counts.size() * 2);
    counts.forEach(
        (plan, byName) -> {
          String best = null;
          int most = 0;
          for (Map.Entry<String, Integer> name : byName.entrySet()) {
            int weight = name.getKey().equals(plan) ? 0 : name.getValue();
            if (best == null || weight > most) {
              best = name.getKey();
              most = weight;
            }
          }
          names.put(plan, best);
        });
    return names;
  }

  /**
   * Finds a SKU by its string id (Graph's {@code skuPartNumber}).
   *
   * @param stringId the string id, byte for byte; not null
   * @return the first SKU of that string id, or empty
   */
  public Optional<Sku> find(String stringId) {
    List<Sku> skus = byStringId().get(stringId);
    return skus == null ? Optional.empty() : Optional.of(skus.get(0));
  }

  /**
   * Finds every SKU of a string id.
   *
   * @param stringId the string id; not null
   * @return the SKUs, in the table's order; empty if none
   */
  public List<Sku> findAll(String stringId) {
    List<Sku> skus = byStringId().get(stringId);
    return skus == null ? List.of() : List.copyOf(skus);
  }

  /**
   * Finds a SKU by its GUID (Graph's {@code skuId}).
   *
   * @param guid the GUID; not null
   * @return the SKU, or empty
   */
  public Optional<Sku> find(UUID guid) {
    return Optional.ofNullable(byGuid().get(guid));
  }

  /**
   * Returns the name people know a service plan by.
   *
   * @param plan the plan's name, for example {@code "MFA_PREMIUM"}; not null
   * @return its usual friendly name in the table, or empty if no SKU has the plan
   */
  public Optional<String> friendlyNameOf(String plan) {
    return Optional.ofNullable(friendlyNames().get(plan));
  }

  @Value.Check
  void check() {
    Checks.checkName("skuCatalog[%s]", "edition", edition());
  }

  /**
   * Builds SKU catalogs.
   *
   * <p>Each setter refuses null at once, with a {@code NullPointerException} naming the attribute;
   * the SKU catalog's invariants are checked by {@link #build()}. A builder is not thread-safe;
   * Immutables implements it (a package-private class).
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Sets every attribute from a SKU catalog, as a start for a changed copy: its values replace
     * those set, its present optional values replace those set, and its elements are added to those
     * of every collection.
     *
     * @param instance the SKU catalog to copy; not null
     * @return this builder
     * @throws NullPointerException if {@code instance} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder from(SkuCatalog instance);

    /**
     * Sets {@link SkuCatalog#edition() edition}. Its limits are checked by {@link #build()}.
     *
     * @param edition the value; not null
     * @return this builder
     * @throws NullPointerException if {@code edition} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder edition(String edition);

    /**
     * Sets {@link SkuCatalog#publishedOn() publishedOn}. Its limits are checked by {@link
     * #build()}.
     *
     * @param publishedOn the value; not null
     * @return this builder
     * @throws NullPointerException if {@code publishedOn} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder publishedOn(LocalDate publishedOn);

    /**
     * Adds an element to {@link SkuCatalog#skus() skus}.
     *
     * @param element the element; not null
     * @return this builder
     * @throws NullPointerException if {@code element} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder addSku(Sku element);

    /**
     * Adds elements to {@link SkuCatalog#skus() skus}, in order.
     *
     * @param elements the elements; not null, nor any of them
     * @return this builder
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    @CanIgnoreReturnValue
    public abstract Builder addSkus(Sku... elements);

    /**
     * Replaces the elements of {@link SkuCatalog#skus() skus} by these, in order.
     *
     * @param elements the elements; not null, nor any of them
     * @return this builder
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    @CanIgnoreReturnValue
    public abstract Builder skus(Iterable<? extends Sku> elements);

    /**
     * Adds elements to {@link SkuCatalog#skus() skus}, in order.
     *
     * @param elements the elements; not null, nor any of them
     * @return this builder
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    @CanIgnoreReturnValue
    public abstract Builder addAllSkus(Iterable<? extends Sku> elements);

    /**
     * Builds the SKU catalog, checking its invariants.
     *
     * @return the SKU catalog
     * @throws IllegalStateException if a mandatory attribute is not set (edition, publishedOn); the
     *     message names the missing ones
     * @throws IllegalArgumentException if the edition is blank or longer than {@value
     *     Limits#MAX_NAME_LENGTH} characters; the message names the field and the value
     */
    public abstract SkuCatalog build();
  }
}
