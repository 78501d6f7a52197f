package org.csptransfer.json.tenant;

import java.time.Instant;
import java.util.Optional;
import org.csptransfer.core.Limits;
import org.csptransfer.core.SubscriptionStatus;
import org.csptransfer.json.ScenarioException;
import org.csptransfer.json.internal.JsonObjectReader;
import org.csptransfer.json.internal.Printable;
import org.jspecify.annotations.Nullable;

/** A Graph {@code directory/subscriptions} item: one subscription of the tenant. */
final class GraphSubscription {
  final String path;
  final String id;
  final String skuPartNumber;
  final Optional<String> skuId;
  final int totalLicenses;
  final String status;
  final SubscriptionStatus mappedStatus;
  final @Nullable Instant nextLifecycle;
  final boolean trial;
  final Optional<String> ownerTenantId;

  /**
   * Reads an item.
   *
   * @throws ScenarioException if a field is missing or of the wrong kind, or the status unknown
   */
  GraphSubscription(JsonObjectReader json) {
    this.path = json.path();
    this.id = json.optionalTextOrBlank("commerceSubscriptionId").orElseGet(() -> json.text("id"));
    this.skuPartNumber = json.text("skuPartNumber");
    this.skuId = json.optionalTextOrBlank("skuId");
    this.totalLicenses = json.count("totalLicenses", Limits.MAX_QUANTITY);
    this.status = json.text("status");
    this.mappedStatus = graphStatus(json.pathOf("status"), status);
    this.nextLifecycle = TenantValues.optionalInstant(json, "nextLifecycleDateTime").orElse(null);
    this.trial = json.optionalBool("isTrial").orElse(false);
    this.ownerTenantId = json.optionalTextOrBlank("ownerTenantId");
  }

  /** Whether Graph reports it as {@code Enabled}. */
  boolean enabled() {
    return status.equals("Enabled");
  }

  private static SubscriptionStatus graphStatus(String path, String status) {
    return switch (status) {
      case "Enabled" -> SubscriptionStatus.ACTIVE;
      case "Warning" -> SubscriptionStatus.EXPIRED;
      case "Suspended", "LockedOut" -> SubscriptionStatus.DISABLED;
      case "Deleted" -> SubscriptionStatus.DELETED;
      default ->
          throw new ScenarioException(
              path,
              "unknown value '"
                  + Printable.escape(status, TenantValues.QUOTED)
                  + "', expected one of Enabled, Warning, Suspended, LockedOut, Deleted");
    };
  }
}
