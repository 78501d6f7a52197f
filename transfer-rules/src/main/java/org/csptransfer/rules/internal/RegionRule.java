package org.csptransfer.rules.internal;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import org.csptransfer.core.CountryCode;
import org.csptransfer.core.Partner;
import org.csptransfer.core.Region;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.Finding;
import org.csptransfer.rules.FindingCode;
import org.csptransfer.rules.Rule;
import org.csptransfer.rules.RuleContext;
import org.csptransfer.rules.StandardRule;

/**
 * The partner must be authorized for the region of the tenant's country: the country set on the
 * tenant, not the office address (domain brief, section 2). A country in no region cannot be served
 * through CSP at all; that is the only finding then, since no partner could match.
 */
public final class RegionRule implements Rule {

  @Override
  public String id() {
    return StandardRule.REGION.id();
  }

  @Override
  public String description() {
    return "The tenant's country lies in a region the partner is authorized for";
  }

  @Override
  public List<Finding> evaluate(TransitionRequest request, RuleContext context) {
    CountryCode country = request.customer().country();
    Partner partner = request.partner();
    Optional<Region> tenantRegion = context.regions().regionOf(country);
    if (tenantRegion.isEmpty()) {
      return List.of(unsupportedMarket(partner, country, context));
    }
    if (!partner.isAuthorizedFor(tenantRegion.get(), context.regions())) {
      return List.of(
          mismatch(
              partner, country, tenantRegion.get(), partner.authorizedRegions(context.regions())));
    }
    return List.of();
  }

  private static Finding unsupportedMarket(
      Partner partner, CountryCode country, RuleContext context) {
    return Finding.of(
        FindingCode.UNSUPPORTED_MARKET,
        List.of(partner.id().value()),
        "The tenant's country "
            + country
            + " is in no CSP region of the "
            + context.regions().edition()
            + " table: no CSP partner can serve it",
        ImmutableMap.of(
            "tenantCountry", country.code(), "regionTable", context.regions().edition()));
  }

  private static Finding mismatch(
      Partner partner, CountryCode country, Region tenantRegion, ImmutableSet<Region> authorized) {
    List<String> names = authorized.stream().map(Region::name).sorted().toList();
    return Finding.of(
        FindingCode.REGION_MISMATCH,
        List.of(partner.id().value()),
        "The tenant's country "
            + country
            + " is in region "
            + tenantRegion
            + ", but "
            + partner.name()
            + " ("
            + partner.id()
            + ") is authorized only for "
            + (names.isEmpty() ? "no region" : String.join(", ", names)),
        ImmutableMap.of(
            "tenantCountry",
            country.code(),
            "tenantRegion",
            tenantRegion.name(),
            "authorizedRegions",
            names));
  }
}
