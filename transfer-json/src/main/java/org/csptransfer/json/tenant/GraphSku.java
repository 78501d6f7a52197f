package org.csptransfer.json.tenant;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.csptransfer.json.internal.JsonObjectReader;

/** A Graph {@code subscribedSkus} item: a SKU of the tenant and how many of its seats are used. */
final class GraphSku {
  final String path;
  final String id;
  final String partNumber;
  final Optional<String> skuId;
  final boolean tenantWide;
  final long consumedUnits;
  final List<String> servicePlans;

  /**
   * Reads an item.
   *
   * @throws org.csptransfer.json.ScenarioException if a field is missing or of the wrong kind
   */
  GraphSku(JsonObjectReader json) {
    this.path = json.path();
    this.id = json.optionalText("id").orElse("");
    this.partNumber = json.text("skuPartNumber");
    this.skuId = json.optionalTextOrBlank("skuId");
    this.tenantWide = json.optionalTextOrBlank("appliesTo").map("Company"::equals).orElse(false);
    this.consumedUnits = json.count("consumedUnits", Integer.MAX_VALUE);
    List<String> plans = new ArrayList<>();
    for (JsonObjectReader plan : json.objects("servicePlans")) {
      plans.add(plan.text("servicePlanName"));
    }
    this.servicePlans = plans;
  }
}
