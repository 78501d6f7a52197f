package org.csptransfer.core;

import static com.google.common.base.Preconditions.checkArgument;

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
    return new Builder();
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

  /** Builds tier rows. */
  public static final class Builder extends ImmutableServicePlanTier.Builder {
    Builder() {}
  }
}
