package org.csptransfer.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.csptransfer.core.internal.Checks;
import org.csptransfer.core.internal.StandardServicePlanTierTable;
import org.immutables.value.Value;

/**
 * One dated edition of the service plan tier table: which plans form a family of ascending tiers,
 * and which families hold user data (docs/DOMAIN.md, section 9; CONTRACT.md, "Service plans").
 *
 * <p>Coverage: a plan is covered by the same plan, or by a plan of equal or higher rank in its
 * family. A plan missing from the table is its own family, covered only by itself, and holds data
 * (the safe assumption). {@link #standard()} ships the table csp-transfer maintains; a pipeline or
 * an offer catalog can be given another one.
 *
 * <p>Invariants: each plan appears once; all plans of a family agree on whether they hold data.
 * Lookups are backed by maps built once, when the table is built.
 */
@Value.Immutable
public abstract class ServicePlanTiers {

  ServicePlanTiers() {}

  /**
   * Returns the table shipped with csp-transfer: 146 plans in 86 families, from Microsoft's
   * licensing table of 2025-12-30.
   *
   * @return the shared instance
   */
  public static ServicePlanTiers standard() {
    return StandardTable.TIERS;
  }

  /**
   * Returns a table with no families: every plan is its own family and holds data, so an offer
   * covers another only with every one of its plans (the strict comparison).
   *
   * @return the empty table
   */
  public static ServicePlanTiers none() {
    return StandardTable.NONE;
  }

  /**
   * Returns a builder for a table of another edition.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new ImmutableServicePlanTiers.Builder();
  }

  /**
   * Returns the edition's name.
   *
   * @return the edition, never blank
   */
  public abstract String edition();

  /**
   * Returns the day this edition was published.
   *
   * @return the publication date
   */
  public abstract LocalDate publishedOn();

  /**
   * Returns the rows of the table.
   *
   * @return one row per plan, in the order given
   */
  public abstract List<ServicePlanTier> tiers();

  /** Rows by plan name, built once. */
  @Value.Derived
  @Value.Auxiliary
  Map<String, ServicePlanTier> byPlan() {
    Map<String, ServicePlanTier> byPlan = new HashMap<>(tiers().size() * 2);
    for (ServicePlanTier tier : tiers()) {
      byPlan.put(tier.plan(), tier);
    }
    return byPlan;
  }

  /** Each family's position, so that an offer's best rank per family fits in an array. */
  @Value.Derived
  @Value.Auxiliary
  Map<String, Integer> familyIndex() {
    Map<String, Integer> index = new HashMap<>();
    for (ServicePlanTier tier : tiers()) {
      index.putIfAbsent(tier.family(), index.size());
    }
    return index;
  }

  /**
   * Returns a plan's row.
   *
   * @param plan the plan's name; not null
   * @return its row, or empty if the table does not know the plan
   */
  public Optional<ServicePlanTier> tierOf(String plan) {
    return Optional.ofNullable(byPlan().get(plan));
  }

  /**
   * Tells whether users' content lives in a plan's service.
   *
   * @param plan the plan's name; not null
   * @return the row's answer, or true for a plan the table does not know
   */
  public boolean holdsData(String plan) {
    ServicePlanTier tier = byPlan().get(plan);
    return tier == null || tier.holdsData();
  }

  /**
   * Tells whether a plan is covered by a set of plans: it is among them, or one of them is of equal
   * or higher rank in its family.
   *
   * @param plan the plan users have; not null
   * @param by the plans users would have; not null
   * @return true if no service of {@code plan} is lost
   */
  public boolean isCovered(String plan, Collection<String> by) {
    if (by.contains(plan)) {
      return true;
    }
    ServicePlanTier tier = byPlan().get(plan);
    if (tier == null) {
      return false;
    }
    for (String other : by) {
      ServicePlanTier candidate = byPlan().get(other);
      if (candidate != null
          && candidate.family().equals(tier.family())
          && candidate.rank() >= tier.rank()) {
        return true;
      }
    }
    return false;
  }

  /** The number of families, which sizes the per-offer rank arrays. */
  int familyCount() {
    return familyIndex().size();
  }

  /** A family's position, for a known plan's row. */
  int familyIndexOf(ServicePlanTier tier) {
    Integer index = familyIndex().get(tier.family());
    return index == null ? -1 : index;
  }

  @Value.Check
  void check() {
    Checks.checkName("servicePlanTiers[%s]", "edition", edition());
    if (byPlan().size() != tiers().size()) {
      Map<String, ServicePlanTier> seen = new HashMap<>();
      for (ServicePlanTier tier : tiers()) {
        checkArgument(
            seen.put(tier.plan(), tier) == null,
            "servicePlanTiers: plan %s appears twice",
            tier.plan());
      }
    }
    Map<String, Boolean> familyHoldsData = new HashMap<>();
    for (ServicePlanTier tier : tiers()) {
      Boolean holds = familyHoldsData.putIfAbsent(tier.family(), tier.holdsData());
      checkArgument(
          holds == null || holds == tier.holdsData(),
          "servicePlanTiers[%s].holdsData: %s, but other plans of family %s say %s",
          tier.plan(),
          tier.holdsData(),
          tier.family(),
          holds);
    }
  }

  /**
   * Builds tier tables.
   *
   * <p>Each setter refuses null at once, with a {@code NullPointerException} naming the attribute;
   * the tier table's invariants are checked by {@link #build()}. A builder is not thread-safe;
   * Immutables implements it (a package-private class).
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Sets every attribute from a tier table, as a start for a changed copy: its values replace
     * those set, its present optional values replace those set, and its elements are added to those
     * of every collection.
     *
     * @param instance the tier table to copy; not null
     * @return this builder
     * @throws NullPointerException if {@code instance} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder from(ServicePlanTiers instance);

    /**
     * Sets {@link ServicePlanTiers#edition() edition}. Its limits are checked by {@link #build()}.
     *
     * @param edition the value; not null
     * @return this builder
     * @throws NullPointerException if {@code edition} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder edition(String edition);

    /**
     * Sets {@link ServicePlanTiers#publishedOn() publishedOn}. Its limits are checked by {@link
     * #build()}.
     *
     * @param publishedOn the value; not null
     * @return this builder
     * @throws NullPointerException if {@code publishedOn} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder publishedOn(LocalDate publishedOn);

    /**
     * Adds an element to {@link ServicePlanTiers#tiers() tiers}.
     *
     * @param element the element; not null
     * @return this builder
     * @throws NullPointerException if {@code element} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder addTier(ServicePlanTier element);

    /**
     * Adds elements to {@link ServicePlanTiers#tiers() tiers}, in order.
     *
     * @param elements the elements; not null, nor any of them
     * @return this builder
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    @CanIgnoreReturnValue
    public abstract Builder addTiers(ServicePlanTier... elements);

    /**
     * Replaces the elements of {@link ServicePlanTiers#tiers() tiers} by these, in order.
     *
     * @param elements the elements; not null, nor any of them
     * @return this builder
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    @CanIgnoreReturnValue
    public abstract Builder tiers(Iterable<? extends ServicePlanTier> elements);

    /**
     * Adds elements to {@link ServicePlanTiers#tiers() tiers}, in order.
     *
     * @param elements the elements; not null, nor any of them
     * @return this builder
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    @CanIgnoreReturnValue
    public abstract Builder addAllTiers(Iterable<? extends ServicePlanTier> elements);

    /**
     * Builds the tier table, checking its invariants.
     *
     * @return the tier table
     * @throws IllegalStateException if a mandatory attribute is not set (edition, publishedOn); the
     *     message names the missing ones
     * @throws IllegalArgumentException if the edition is blank or longer than {@value
     *     Limits#MAX_NAME_LENGTH} characters, a plan appears twice, or the plans of one family
     *     disagree on holding data; the message names the field and the value
     */
    public abstract ServicePlanTiers build();
  }

  /** The shipped table, built on first use from the compiled rows. */
  private static final class StandardTable {
    static final ServicePlanTiers TIERS = build();
    static final ServicePlanTiers NONE =
        builder().edition("no tiers").publishedOn(LocalDate.of(2026, 11, 25)).build();

    private static ServicePlanTiers build() {
      Builder builder =
          builder()
              .edition(StandardServicePlanTierTable.EDITION)
              .publishedOn(LocalDate.parse(StandardServicePlanTierTable.PUBLISHED_ON));
      for (StandardServicePlanTierTable.Row row : StandardServicePlanTierTable.rows()) {
        builder.addTier(
            ServicePlanTier.builder()
                .family(row.family())
                .rank(row.rank())
                .plan(row.plan())
                .holdsData(row.holdsData())
                .note(row.note())
                .build());
      }
      return builder.build();
    }
  }
}
