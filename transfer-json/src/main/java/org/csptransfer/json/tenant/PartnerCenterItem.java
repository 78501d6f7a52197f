package org.csptransfer.json.tenant;

import java.time.LocalDate;
import java.util.Optional;
import org.csptransfer.core.Limits;
import org.csptransfer.core.SubscriptionStatus;
import org.csptransfer.json.internal.JsonObjectReader;
import org.jspecify.annotations.Nullable;

/** A Partner Center subscription: the dates, commerce, parent and status Graph does not give. */
final class PartnerCenterItem {
  final String path;
  final String id;
  final @Nullable LocalDate commitmentEnd;
  final @Nullable String rawCommitmentEnd;
  final Optional<Boolean> autoRenew;
  final Optional<LocalDate> lastRefundableDay;
  final boolean nce;
  final Optional<String> parent;
  final Optional<Boolean> trial;
  final Optional<String> rawStatus;
  final Optional<SubscriptionStatus> status;

  /**
   * Reads an item.
   *
   * @throws org.csptransfer.json.ScenarioException if a field is missing or of the wrong kind
   */
  PartnerCenterItem(JsonObjectReader json) {
    this.path = json.path();
    this.id = json.text("id");
    this.commitmentEnd =
        TenantValues.optionalInstant(json, "commitmentEndDate")
            .map(TenantValues::utcDate)
            .orElse(null);
    this.rawCommitmentEnd = json.optionalTextOrBlank("commitmentEndDate").orElse(null);
    this.autoRenew = json.optionalBool("autoRenewEnabled");
    this.lastRefundableDay =
        TenantValues.optionalInstant(json, "cancellationAllowedUntilDate")
            .map(TenantValues::utcDate);
    this.nce =
        json.optionalObject("productType")
            .flatMap(type -> type.optionalTextOrBlank("id"))
            .map("OnlineServicesNCE"::equals)
            .orElse(false);
    this.parent = json.optionalTextOrBlank("parentSubscriptionId");
    this.trial = json.optionalBool("isTrial");
    this.rawStatus = json.optionalTextOrBlank("status");
    this.status = rawStatus.flatMap(PartnerCenterItem::partnerCenterStatus);
  }

  /**
   * The last day of the term: new-commerce end dates are inclusive, legacy ones are not
   * (CONTRACT.md, "Version 3", "Reading tenant data").
   */
  @Nullable LocalDate lastDayOfTerm() {
    LocalDate end = commitmentEnd;
    if (end == null || nce || !Limits.isSupported(end)) {
      return end;
    }
    return end.minusDays(1);
  }

  private static Optional<SubscriptionStatus> partnerCenterStatus(String status) {
    return switch (status) {
      case "active" -> Optional.of(SubscriptionStatus.ACTIVE);
      case "suspended" -> Optional.of(SubscriptionStatus.SUSPENDED);
      case "expired" -> Optional.of(SubscriptionStatus.EXPIRED);
      case "disabled" -> Optional.of(SubscriptionStatus.DISABLED);
      case "deleted" -> Optional.of(SubscriptionStatus.DELETED);
      default -> Optional.empty();
    };
  }
}
