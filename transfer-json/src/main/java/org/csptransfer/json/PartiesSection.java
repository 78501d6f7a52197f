package org.csptransfer.json;

import static org.csptransfer.json.ScenarioValues.built;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.csptransfer.core.CountryCode;
import org.csptransfer.core.Customer;
import org.csptransfer.core.Partner;
import org.csptransfer.core.PartnerId;
import org.csptransfer.core.RegionCatalog;
import org.csptransfer.core.Relationship;
import org.csptransfer.core.RelationshipStatus;
import org.csptransfer.core.TenantId;
import org.csptransfer.json.internal.JsonObjectReader;
import org.csptransfer.json.internal.Printable;

/** Reads a scenario's partner and customer, region names checked against the reader's table. */
final class PartiesSection {

  private final RegionCatalog regions;

  PartiesSection(RegionCatalog regions) {
    this.regions = regions;
  }

  Partner partner(JsonObjectReader json) {
    Partner.Builder partner =
        Partner.builder()
            .id(built(() -> json.pathOf("id"), () -> PartnerId.of(json.text("id"))))
            .name(json.text("name"))
            .country(country(json, "country"));
    json.optionalText("tenantId")
        .ifPresent(tenant -> partner.tenantId(tenantId(json, "tenantId", tenant)));
    List<String> names = json.texts("regions");
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      int index = i;
      Supplier<String> path = () -> json.pathOf("regions") + "[" + index + "]";
      partner.addRegion(
          regions
              .regionNamed(name)
              .orElseThrow(
                  () ->
                      new ScenarioException(
                          path.get(),
                          "unknown region '"
                              + Printable.escape(name, 60)
                              + "' in the "
                              + regions.edition()
                              + " table")));
    }
    json.finish();
    return built(json::path, partner::build);
  }

  Customer customer(JsonObjectReader json) {
    Customer.Builder customer = Customer.builder().name(json.text("name"));
    customer.tenantId(tenantId(json, "tenantId", json.text("tenantId")));
    customer.country(country(json, "country"));
    Set<PartnerId> partners = new HashSet<>();
    for (JsonObjectReader relationship : json.objects("relationships")) {
      PartnerId partnerId =
          built(
              () -> relationship.pathOf("partnerId"),
              () -> PartnerId.of(relationship.text("partnerId")));
      if (!partners.add(partnerId)) {
        throw new ScenarioException(
            relationship.pathOf("partnerId"),
            "partner " + Printable.escape(partnerId.value(), 60) + " appears more than once");
      }
      customer.addRelationship(
          Relationship.of(partnerId, relationship.enumValue("status", RelationshipStatus.class)));
      relationship.finish();
    }
    json.finish();
    return built(json::path, customer::build);
  }

  private static TenantId tenantId(JsonObjectReader json, String field, String text) {
    if (!TenantId.isGuid(text)) {
      throw new ScenarioException(
          json.pathOf(field), "'" + Printable.escape(text, 60) + "' is not a UUID");
    }
    return TenantId.parse(text);
  }

  private static CountryCode country(JsonObjectReader json, String field) {
    String code = json.text(field);
    if (!CountryCode.isKnown(code)) {
      throw new ScenarioException(
          json.pathOf(field),
          "'"
              + Printable.escape(code, 60)
              + "' is not an upper-case ISO 3166-1 alpha-2 country code");
    }
    return CountryCode.of(code);
  }
}
