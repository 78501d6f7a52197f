package org.csptransfer.rules;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.csptransfer.core.CountryCode;
import org.csptransfer.core.Partner;
import org.csptransfer.core.Region;

/**
 * The partner must be authorized for the region of the tenant's country: the country set on the
 * tenant, not the office address (docs/DOMAIN.md, section 2). A country in no region cannot be
 * served through CSP at all; that is the only finding then, since no partner could match.
 */
final class RegionRule implements Rule {

  @Override
  public String id() {
    return StandardRule.REGION.id();
  }

  @Override
  public String description() {
    return "The tenant's country lies in a region the partner is authorized for";
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    CountryCode country = context.request().customer().country();
    Partner partner = context.request().partner();
    Optional<Region> tenantRegion = context.regions().regionOf(country);
    if (tenantRegion.isEmpty()) {
      return List.of(
          Finding.of(
              FindingCode.UNSUPPORTED_MARKET,
              List.of(partner.id().value()),
              ImmutableMap.of(
                  "tenantCountry", country.code(), "regionTable", context.regions().edition())));
    }
    if (partner.isAuthorizedFor(tenantRegion.get(), context.regions())) {
      return List.of();
    }
    Set<Region> authorized = partner.authorizedRegions(context.regions());
    return List.of(
        Finding.of(
            FindingCode.REGION_MISMATCH,
            List.of(partner.id().value()),
            ImmutableMap.of(
                "tenantCountry", country.code(),
                "tenantRegion", tenantRegion.get().name(),
                "authorizedRegions", authorized.stream().map(Region::name).sorted().toList(),
                "partnerId", partner.id().value(),
                "partner", partner.name())));
  }
}
