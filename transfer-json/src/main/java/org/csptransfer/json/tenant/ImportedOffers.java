package org.csptransfer.json.tenant;

import static org.csptransfer.json.tenant.TenantValues.DIRECTORY_SUBSCRIPTIONS;
import static org.csptransfer.json.tenant.TenantValues.SUBSCRIBED_SKUS;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.csptransfer.catalog.BusinessPlans;
import org.csptransfer.core.Offer;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.OfferId;
import org.csptransfer.core.Sku;
import org.csptransfer.core.SkuCatalog;
import org.csptransfer.core.TenantId;
import org.csptransfer.json.tenant.ImportNote.Kind;
import org.jspecify.annotations.Nullable;

/**
 * The scenario's offers: every offer of the partner's catalog, then one per SKU of the tenant that
 * catalog does not describe ({@code subscribedSkus} first, then the SKUs only {@code
 * directory/subscriptions} names): its service plans' names (from the SKU reference when the tenant
 * gives none), its product name when the reference knows it, for sale, not an add-on, 1 to {@value
 * BusinessPlans#MAX_USERS} seats for the Microsoft 365 Business plans, else 1 to {@value
 * TenantImport#OTHER_MAX_SEATS}.
 */
final class ImportedOffers {

  private final @Nullable SkuCatalog reference;
  private final OfferCatalog described;

  /**
   * @param reference the SKU reference, if given
   * @param described the offers that describe SKUs better than the tenant does
   */
  ImportedOffers(@Nullable SkuCatalog reference, OfferCatalog described) {
    this.reference = reference;
    this.described = described;
  }

  /**
   * Returns the scenario's offers.
   *
   * @param skus the {@code subscribedSkus} items
   * @param subscriptions the {@code directory/subscriptions} items
   * @param notes where a note per offer made without the tenant's plans is added
   * @return the offers
   * @throws org.csptransfer.json.ScenarioException if a part number cannot be an offer id
   */
  OfferCatalog catalog(
      List<GraphSku> skus, List<GraphSubscription> subscriptions, List<ImportNote> notes) {
    Map<String, Offer> byId = new LinkedHashMap<>();
    for (GraphSku sku : skus) {
      if (!byId.containsKey(sku.partNumber) && !describes(sku.partNumber)) {
        byId.put(
            sku.partNumber,
            offer(sku.path, sku.partNumber, sku.skuId, sku.servicePlans, notes, SUBSCRIBED_SKUS));
      }
    }
    for (GraphSubscription subscription : subscriptions) {
      String partNumber = subscription.skuPartNumber;
      if (!byId.containsKey(partNumber) && !describes(partNumber)) {
        byId.put(
            partNumber,
            offer(
                subscription.path,
                partNumber,
                subscription.skuId,
                List.of(),
                notes,
                DIRECTORY_SUBSCRIPTIONS));
      }
    }
    return OfferCatalog.builder()
        .addAllOffers(described.offers())
        .addAllOffers(byId.values())
        .build();
  }

  private boolean describes(String partNumber) {
    try {
      return described.find(OfferId.of(partNumber)).isPresent();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private Offer offer(
      String path,
      String partNumber,
      Optional<String> skuId,
      List<String> plans,
      List<ImportNote> notes,
      String body) {
    Optional<Sku> known = known(partNumber, skuId);
    List<String> servicePlans = plans;
    if (servicePlans.isEmpty() && known.isPresent()) {
      servicePlans = known.get().servicePlanNames();
      notes.add(ImportNote.of(Kind.PLANS_FROM_REFERENCE, Map.of("sku", partNumber)));
    } else if (servicePlans.isEmpty()) {
      notes.add(ImportNote.of(Kind.NO_SERVICE_PLANS, Map.of("sku", partNumber)));
    }
    boolean business =
        known.map(BusinessPlans::includes).orElse(false)
            || BusinessPlans.includesPartNumber(partNumber);
    List<String> finalPlans = servicePlans;
    return TenantValues.built(
        path + ".skuPartNumber",
        () ->
            Offer.builder()
                .id(OfferId.of(partNumber))
                .name(known.map(Sku::productName).orElse(partNumber))
                .servicePlans(new LinkedHashSet<>(finalPlans))
                .availableForPurchase(true)
                .addOn(false)
                .minQuantity(1)
                .maxQuantity(business ? BusinessPlans.MAX_USERS : TenantImport.OTHER_MAX_SEATS)
                .build(),
        body);
  }

  /**
   * A SKU of the reference: by Graph's {@code skuId} first, then by part number without the white
   * space Microsoft's CSV sometimes pads it with.
   */
  private Optional<Sku> known(String partNumber, Optional<String> skuId) {
    SkuCatalog catalog = reference;
    if (catalog == null) {
      return Optional.empty();
    }
    if (skuId.isPresent() && TenantId.isGuid(skuId.get().strip())) {
      Optional<Sku> byGuid = catalog.find(UUID.fromString(skuId.get().strip()));
      if (byGuid.isPresent()) {
        return byGuid;
      }
    }
    Optional<Sku> exact = catalog.find(partNumber);
    if (exact.isPresent()) {
      return exact;
    }
    String stripped = partNumber.strip();
    for (Sku sku : catalog.skus()) {
      if (sku.stringId().strip().equals(stripped)) {
        return Optional.of(sku);
      }
    }
    return Optional.empty();
  }
}
