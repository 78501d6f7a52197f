package org.csptransfer.json;

import static org.csptransfer.json.ScenarioValues.built;
import static org.csptransfer.json.ScenarioValues.printable;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.csptransfer.core.Limits;
import org.csptransfer.core.Offer;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.OfferId;
import org.csptransfer.core.Sku;
import org.csptransfer.core.SkuCatalog;
import org.csptransfer.json.internal.JsonObjectReader;
import org.csptransfer.json.internal.Printable;
import org.jspecify.annotations.Nullable;

/** Reads a scenario's offers, a {@code "sku"} looked up in the reader's SKU reference. */
final class OffersSection {

  private final @Nullable Supplier<SkuCatalog> skus;

  OffersSection(@Nullable Supplier<SkuCatalog> skus) {
    this.skus = skus;
  }

  OfferCatalog offers(JsonObjectReader root) {
    OfferCatalog.Builder catalog = OfferCatalog.builder();
    Set<OfferId> ids = new HashSet<>();
    for (JsonObjectReader json : root.objects("offers")) {
      OfferId id = built(() -> json.pathOf("id"), () -> OfferId.of(json.text("id")));
      if (!ids.add(id)) {
        throw new ScenarioException(json.pathOf("id"), "duplicate id " + printable(id));
      }
      int min = json.count("minQuantity", Limits.MAX_QUANTITY);
      int max = json.count("maxQuantity", Limits.MAX_QUANTITY);
      if (min > max) {
        throw new ScenarioException(
            json.pathOf("minQuantity"), min + " exceeds maxQuantity " + max);
      }
      Offer.Builder offer = Offer.builder();
      Optional<String> skuId = json.optionalText("sku");
      List<String> plans = json.texts("servicePlans");
      if (skuId.isPresent()) {
        if (json.has("servicePlans")) {
          throw new ScenarioException(
              json.pathOf("servicePlans"), "give either sku or servicePlans, not both");
        }
        offer.sku(sku(json, skuId.get())).id(id);
        json.optionalText("name").ifPresent(offer::name);
      } else {
        offer.id(id).name(json.text("name")).servicePlans(plans);
      }
      offer
          .availableForPurchase(json.bool("availableForPurchase"))
          .addOn(json.bool("addOn"))
          .minQuantity(min)
          .maxQuantity(max);
      List<String> prerequisites = json.texts("prerequisites");
      for (int i = 0; i < prerequisites.size(); i++) {
        int index = i;
        offer.addPrerequisite(
            built(
                () -> json.pathOf("prerequisites", index),
                () -> OfferId.of(prerequisites.get(index))));
      }
      List<String> successors = json.texts("successors");
      for (int i = 0; i < successors.size(); i++) {
        int index = i;
        offer.addSuccessor(
            built(() -> json.pathOf("successors", index), () -> OfferId.of(successors.get(index))));
      }
      json.finish();
      catalog.addOffer(built(json::path, offer::build));
    }
    return catalog.build();
  }

  private Sku sku(JsonObjectReader json, String id) {
    Supplier<SkuCatalog> supplier = skus;
    SkuCatalog reference = supplier == null ? null : supplier.get();
    if (reference == null) {
      throw new ScenarioException(
          json.pathOf("sku"),
          "this reader has no SKU reference to look '" + Printable.escape(id, 60) + "' up in");
    }
    return reference
        .find(id)
        .orElseThrow(
            () ->
                new ScenarioException(
                    json.pathOf("sku"),
                    "'" + Printable.escape(id, 60) + "' is not a SKU of " + reference.edition()));
  }
}
