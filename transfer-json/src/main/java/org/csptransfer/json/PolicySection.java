package org.csptransfer.json;

import static org.csptransfer.json.ScenarioValues.built;

import java.util.Optional;
import org.csptransfer.core.AutoRenewAssumption;
import org.csptransfer.core.Limits;
import org.csptransfer.core.PlannerTransfers;
import org.csptransfer.core.SeatBasis;
import org.csptransfer.core.TransitionPolicy;
import org.csptransfer.json.internal.JsonObjectReader;

/** Reads a scenario's policy. */
final class PolicySection {

  private PolicySection() {}

  static TransitionPolicy policy(JsonObjectReader json) {
    TransitionPolicy.Builder policy = TransitionPolicy.builder();
    json.optionalCount("expiredGraceDays", Limits.MAX_POLICY_DAYS)
        .ifPresent(policy::expiredGraceDays);
    json.optionalCount("disabledDays", Limits.MAX_POLICY_DAYS).ifPresent(policy::disabledDays);
    json.optionalCount("cancelledRetentionDays", Limits.MAX_POLICY_DAYS)
        .ifPresent(policy::cancelledRetentionDays);
    json.optionalCount("overlapToleranceDays", Limits.MAX_POLICY_DAYS)
        .ifPresent(policy::overlapToleranceDays);
    Optional<Integer> items =
        json.optionalCount("maxItemsPerTransfer", Limits.MAX_ITEMS_PER_TRANSFER);
    if (items.isPresent() && items.get() < 1) {
      throw new ScenarioException(json.pathOf("maxItemsPerTransfer"), "0 is less than 1");
    }
    items.ifPresent(policy::maxItemsPerTransfer);
    json.optionalCount("plannerLeadDays", Limits.MAX_POLICY_DAYS)
        .ifPresent(policy::plannerLeadDays);
    json.optionalEnum("unknownAutoRenew", AutoRenewAssumption.class)
        .ifPresent(policy::unknownAutoRenew);
    json.optionalEnum("plannerSeats", SeatBasis.class).ifPresent(policy::plannerSeats);
    json.optionalEnum("plannerTransfers", PlannerTransfers.class)
        .ifPresent(policy::plannerTransfers);
    json.finish();
    return built(json::path, policy::build);
  }
}
