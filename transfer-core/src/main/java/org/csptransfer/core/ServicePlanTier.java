package org.csptransfer.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.Optional;
import org.csptransfer.core.internal.Checks;
import org.immutables.value.Value;

/**
 * One service plan's place in its family: a workload sold in ascending tiers, for example Exchange
 * Online Kiosk ({@code EXCHANGE_S_DESKLESS}, rank 2) below Plan 1 ({@code EXCHANGE_S_STANDARD},
 * rank 3) below Plan 2 ({@code EXCHANGE_S_ENTERPRISE}, rank 4) (docs/DOMAIN.md, section 9).
 *
 * <p>A plan is covered by the same plan or by a plan of equal or higher rank in its family. Whether
 * a plan {@link #holdsData() holds data} decides what losing it costs: users' content (mailboxes,
 * files, chats, forms...) or only a feature.
 */
@Value.Immutable
public abstract class ServicePlanTier {

  ServicePlanTier() {}

  /**
   * Returns a row of a tier table.
   *
   * @param family the workload, for example {@code "EXCHANGE"}; not blank
   * @param rank the plan's tier in the family, 1 the lowest; at least 1
   * @param plan the service plan's name, for example {@code "EXCHANGE_S_STANDARD"}; not blank
   * @param holdsData whether users' content lives in the plan's service
   * @return the row
   * @throws IllegalArgumentException if a name is blank or the rank below 1
   */
  public static ServicePlanTier of(String family, int rank, String plan, boolean holdsData) {
    return builder().family(family).rank(rank).plan(plan).holdsData(holdsData).build();
  }

  /**
   * Returns a builder. Mandatory: family, rank, plan, holds data.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new ImmutableServicePlanTier.Builder();
  }

  /**
   * Returns the workload the plan belongs to.
   *
   * @return the family's name
   */
  public abstract String family();

  /**
   * Returns the plan's tier in its family.
   *
   * @return the rank, 1 the lowest; plans of equal rank cover each other
   */
  public abstract int rank();

  /**
   * Returns the service plan's name, as Microsoft's licensing table and Graph spell it.
   *
   * @return the plan
   */
  public abstract String plan();

  /**
   * Tells whether users' content lives in the plan's service: losing a plan that holds data loses
   * data; losing one that does not loses a feature.
   *
   * @return true if the plan holds user data
   */
  public abstract boolean holdsData();

  /**
   * Returns why the plan sits where it does, in a few words.
   *
   * @return the note, if any
   */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    Checks.checkId("service plan tier family", family());
    Checks.checkId("service plan", plan());
    checkArgument(rank() >= 1, "servicePlanTiers[%s].rank: %s is below 1", plan(), rank());
  }

  /**
   * Builds tier rows.
   *
   * <p>Each setter refuses null at once, with a {@code NullPointerException} naming the attribute;
   * the tier row's invariants are checked by {@link #build()}. A builder is not thread-safe;
   * Immutables implements it (a package-private class).
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Sets every attribute from a tier row, as a start for a changed copy: its values replace those
     * set, its present optional values replace those set, and its elements are added to those of
     * every collection.
     *
     * @param instance the tier row to copy; not null
     * @return this builder
     * @throws NullPointerException if {@code instance} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder from(ServicePlanTier instance);

    /**
     * Sets {@link ServicePlanTier#family() family}. Its limits are checked by {@link #build()}.
     *
     * @param family the value; not null
     * @return this builder
     * @throws NullPointerException if {@code family} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder family(String family);

    /**
     * Sets {@link ServicePlanTier#rank() rank}. Its limits are checked by {@link #build()}.
     *
     * @param rank the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public abstract Builder rank(int rank);

    /**
     * Sets {@link ServicePlanTier#plan() plan}. Its limits are checked by {@link #build()}.
     *
     * @param plan the value; not null
     * @return this builder
     * @throws NullPointerException if {@code plan} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder plan(String plan);

    /**
     * Sets {@link ServicePlanTier#holdsData() holdsData}.
     *
     * @param holdsData the value
     * @return this builder
     */
    @CanIgnoreReturnValue
    public abstract Builder holdsData(boolean holdsData);

    /**
     * Sets {@link ServicePlanTier#note() note}. Its limits are checked by {@link #build()}.
     *
     * @param note the value; not null
     * @return this builder
     * @throws NullPointerException if {@code note} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder note(String note);

    /**
     * Sets {@link ServicePlanTier#note() note}, or leaves it absent when empty.
     *
     * @param note the value, or empty; not null
     * @return this builder
     * @throws NullPointerException if {@code note} is null
     */
    @CanIgnoreReturnValue
    public abstract Builder note(Optional<String> note);

    /**
     * Builds the tier row, checking its invariants.
     *
     * @return the tier row
     * @throws IllegalStateException if a mandatory attribute is not set (family, rank, plan,
     *     holdsData); the message names the missing ones
     * @throws IllegalArgumentException if the family or the plan is not a well-formed id, or the
     *     rank is below 1; the message names the field and the value
     */
    public abstract ServicePlanTier build();
  }
}
