package org.csptransfer.core;

import static org.csptransfer.core.Fixtures.PARTNER;
import static org.csptransfer.core.Fixtures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PartnerAndCustomerTest {

  private static final RegionCatalog REGIONS = RegionCatalog.csp2021();

  @Test
  void partnerWithoutExplicitRegionsIsAuthorizedForItsHomeRegion() {
    Partner partner = Fixtures.partner().build();
    assertEquals(ImmutableSet.of(Region.of("Europe")), partner.authorizedRegions(REGIONS));
  }

  @Test
  void explicitRegionsReplaceTheHomeRegion() {
    Partner partner =
        Fixtures.partner()
            .addRegion(Region.of("Africa"))
            .addRegion(Region.of("Middle East, Central & Eastern Europe"))
            .build();
    assertEquals(
        ImmutableSet.of(Region.of("Africa"), Region.of("Middle East, Central & Eastern Europe")),
        partner.authorizedRegions(REGIONS));
  }

  @Test
  void partnerHomedInNoRegionIsAuthorizedNowhereByDefault() {
    Partner partner = Fixtures.partner().country(CountryCode.of("CN")).build();
    assertTrue(partner.authorizedRegions(REGIONS).isEmpty());
    assertFalse(partner.isAuthorizedFor(Region.of("Europe"), REGIONS));
  }

  @Test
  void isAuthorizedForAgreesWithTheAuthorizedRegions() {
    Partner home = Fixtures.partner().build();
    assertTrue(home.isAuthorizedFor(Region.of("Europe"), REGIONS));
    assertFalse(home.isAuthorizedFor(Region.of("Africa"), REGIONS));
    Partner explicit = Fixtures.partner().addRegion(Region.of("Africa")).build();
    assertTrue(explicit.isAuthorizedFor(Region.of("Africa"), REGIONS));
    assertFalse(explicit.isAuthorizedFor(Region.of("Europe"), REGIONS));
  }

  @Test
  void partnerNeedsANonBlankName() {
    assertRefused(
        "partner[4321987].name: must not be blank", () -> Fixtures.partner().name(" ").build());
    assertEquals("x", Fixtures.partner().name("x").build().name());
  }

  @Test
  void partnerNeedsIdNameAndCountry() {
    assertThrows(IllegalStateException.class, () -> Partner.builder().id(PARTNER).build());
  }

  @Test
  void customerFindsItsRelationshipWithAPartner() {
    Relationship other = Relationship.of(PartnerId.of("999"), RelationshipStatus.INVITED);
    Customer customer = Fixtures.customer().addRelationship(other).build();
    assertEquals(
        Optional.of(Relationship.of(PARTNER, RelationshipStatus.ACCEPTED)),
        customer.relationshipWith(PARTNER));
    assertEquals(Optional.of(other), customer.relationshipWith(PartnerId.of("999")));
    assertEquals(Optional.empty(), customer.relationshipWith(PartnerId.of("1")));
  }

  @Test
  void customerHasAtMostOneRelationshipPerPartner() {
    assertRefused(
        "customer[0b6f2c9e-6f0a-4d2e-9a61-3f1c2d4e5a6b].relationships: partner 4321987 appears more"
            + " than once",
        () ->
            Fixtures.customer()
                .addRelationship(Relationship.of(PARTNER, RelationshipStatus.INVITED))
                .build());
  }

  @Test
  void customerNeedsANonBlankName() {
    assertRefused(
        "customer[0b6f2c9e-6f0a-4d2e-9a61-3f1c2d4e5a6b].name: must not be blank",
        () -> Fixtures.customer().name("").build());
  }

  @Test
  void valuesAreEqualByContent() {
    new EqualsTester()
        .addEqualityGroup(Fixtures.partner().build(), Fixtures.partner().build())
        .addEqualityGroup(Fixtures.partner().addRegion(Region.of("Europe")).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Fixtures.customer().build(), Fixtures.customer().build())
        .addEqualityGroup(Fixtures.customer().relationships(java.util.List.of()).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            Relationship.of(PARTNER, RelationshipStatus.ACCEPTED),
            Relationship.of(PARTNER, RelationshipStatus.ACCEPTED))
        .addEqualityGroup(Relationship.of(PARTNER, RelationshipStatus.INVITED))
        .testEquals();
  }

  @Test
  void toStringNamesTheAttributes() {
    String text = Fixtures.partner().build().toString();
    assertTrue(text.contains("id=4321987") && text.contains("country=FR"), text);
  }
}
