package org.csptransfer.rules;

import static org.csptransfer.rules.Plans.assertCodes;
import static org.csptransfer.rules.Plans.customer;
import static org.csptransfer.rules.Plans.evaluate;
import static org.csptransfer.rules.Plans.partner;
import static org.csptransfer.rules.Plans.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.csptransfer.core.CountryCode;
import org.csptransfer.core.Partner;
import org.csptransfer.core.Region;
import org.csptransfer.core.RelationshipStatus;
import org.csptransfer.core.TransitionRequest;
import org.junit.jupiter.api.Test;

class RegionRuleTest {

  private static TransitionRequest with(Partner partner, String tenantCountry) {
    return TransitionRequest.builder()
        .from(plan())
        .partner(partner)
        .customer(
            customer(RelationshipStatus.ACCEPTED).country(CountryCode.of(tenantCountry)).build())
        .build();
  }

  @Test
  void tenantInThePartnersHomeRegionPasses() {
    assertCodes(evaluate(with(partner().build(), "BE")));
  }

  @Test
  void tenantOutsideThePartnersRegionIsAMismatch() {
    TransitionDecision decision = evaluate(with(partner().build(), "BR"));
    assertCodes(decision, FindingCode.REGION_MISMATCH);
    Finding finding = decision.findings().get(0);
    assertEquals("BR", finding.arguments().get("tenantCountry"));
    assertEquals("Brazil", finding.arguments().get("tenantRegion"));
    assertEquals(List.of("Europe"), finding.arguments().get("authorizedRegions"));
  }

  @Test
  void tenantCountryInNoRegionIsAnUnsupportedMarketOnly() {
    assertCodes(evaluate(with(partner().build(), "CN")), FindingCode.UNSUPPORTED_MARKET);
  }

  @Test
  void explicitRegionsReplaceTheHomeRegion() {
    Partner brazilOnly = partner().addRegion(Region.of("Brazil")).build();
    assertCodes(evaluate(with(brazilOnly, "BE")), FindingCode.REGION_MISMATCH);
    assertCodes(evaluate(with(brazilOnly, "BR")));
  }

  @Test
  void aPartnerAuthorizedInSeveralRegionsServesEach() {
    Partner twoRegions =
        partner()
            .addRegion(Region.of("Europe"))
            .addRegion(Region.of("Middle East, Central & Eastern Europe"))
            .build();
    assertCodes(evaluate(with(twoRegions, "ZA")));
    assertCodes(evaluate(with(twoRegions, "BE")));
    assertCodes(evaluate(with(twoRegions, "US")), FindingCode.REGION_MISMATCH);
  }

  @Test
  void southAfricaIsNotInAfrica() {
    Partner nigerian = partner().country(CountryCode.of("NG")).build();
    assertCodes(evaluate(with(nigerian, "ZA")), FindingCode.REGION_MISMATCH);
  }

  @Test
  void aPartnerHomedInNoRegionMatchesNothing() {
    Partner unserved = partner().country(CountryCode.of("CU")).build();
    TransitionDecision decision = evaluate(with(unserved, "BE"));
    assertCodes(decision, FindingCode.REGION_MISMATCH);
    assertEquals(List.of(), decision.findings().get(0).arguments().get("authorizedRegions"));
  }
}
