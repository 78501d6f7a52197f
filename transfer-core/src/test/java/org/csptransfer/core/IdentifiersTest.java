package org.csptransfer.core;

import static org.csptransfer.core.Fixtures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

  @Test
  void blankIdsAreRefusedWithTheirKindAndValue() {
    assertRefused("partner id: must not be blank, got ' '", () -> PartnerId.of(" "));
    assertRefused("subscription id: must not be blank, got ''", () -> SubscriptionId.of(""));
    assertRefused("offer id: must not be blank, got '\t'", () -> OfferId.of("\t"));
  }

  @Test
  void idsThatPrintAsNothingAreBlank() {
    assertRefused(
        "subscription id: must not be blank, got '\u00a0\u00a0'",
        () -> SubscriptionId.of("\u00a0\u00a0"));
    assertRefused("offer id: must not be blank, got '\u200b'", () -> OfferId.of("\u200b"));
    assertRefused(
        "partner id: must not be blank, got '\u3000\ufeff'", () -> PartnerId.of("\u3000\ufeff"));
    assertRefused("transfer id: must not be blank, got '\u2060 '", () -> TransferId.of("\u2060 "));
    assertEquals("\u00a0x", OfferId.of("\u00a0x").value());
  }

  @Test
  void idsHaveAtMost256Characters() {
    assertEquals(256, OfferId.of("x".repeat(256)).value().length());
    assertRefused(
        "offer id: 257 characters, more than the 256 allowed", () -> OfferId.of("x".repeat(257)));
  }

  @Test
  void shortestNonBlankIdIsAccepted() {
    assertEquals("x", PartnerId.of("x").value());
    assertEquals("x", SubscriptionId.of("x").toString());
    assertEquals("x", OfferId.of("x").toString());
  }

  @Test
  void idsAreEqualByTextAndCaseSensitive() {
    new EqualsTester()
        .addEqualityGroup(OfferId.of("O365_E3"), OfferId.of("O365_E3"))
        .addEqualityGroup(OfferId.of("o365_e3"))
        .addEqualityGroup(SubscriptionId.of("O365_E3"))
        .addEqualityGroup(PartnerId.of("O365_E3"))
        .testEquals();
  }

  @Test
  void idsOrderByText() {
    assertTrue(SubscriptionId.of("sub-1").compareTo(SubscriptionId.of("sub-2")) < 0);
    assertTrue(PartnerId.of("b").compareTo(PartnerId.of("a")) > 0);
    assertEquals(0, OfferId.of("a").compareTo(OfferId.of("a")));
    assertTrue(
        TenantId.parse("00000000-0000-0000-0000-000000000001")
                .compareTo(TenantId.parse("00000000-0000-0000-0000-000000000002"))
            < 0);
  }

  @Test
  void tenantIdParsesCanonicalUuidInEitherCase() {
    TenantId upper = TenantId.parse("0B6F2C9E-6F0A-4D2E-9A61-3F1C2D4E5A6B");
    assertEquals(Fixtures.TENANT, upper);
    assertEquals("0b6f2c9e-6f0a-4d2e-9a61-3f1c2d4e5a6b", upper.toString());
    assertEquals(UUID.fromString("0b6f2c9e-6f0a-4d2e-9a61-3f1c2d4e5a6b"), upper.value());
  }

  @Test
  void tenantIdRefusesWhatIsNotACanonicalUuid() {
    assertRefused("tenant id: 'contoso' is not a UUID", () -> TenantId.parse("contoso"));
    // UUID.fromString would accept this short form; a tenant id never has it.
    assertRefused("tenant id: '1-1-1-1-1' is not a UUID", () -> TenantId.parse("1-1-1-1-1"));
    assertRefused(
        "tenant id: '0b6f2c9e-6f0a-4d2e-9a61-3f1c2d4e5a6bb' is not a UUID",
        () -> TenantId.parse("0b6f2c9e-6f0a-4d2e-9a61-3f1c2d4e5a6bb"));
    assertRefused(
        "tenant id: '0b6f2c9e-6f0a-4d2e-9a61-3f1c2d4e5a6g' is not a UUID",
        () -> TenantId.parse("0b6f2c9e-6f0a-4d2e-9a61-3f1c2d4e5a6g"));
  }

  @Test
  void factoriesRejectNulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(PartnerId.class, Fixtures.PARTNER)
            .setDefault(RelationshipStatus.class, RelationshipStatus.ACCEPTED)
            .setDefault(java.util.Currency.class, java.util.Currency.getInstance("EUR"));
    tester.testAllPublicStaticMethods(PartnerId.class);
    tester.testAllPublicStaticMethods(SubscriptionId.class);
    tester.testAllPublicStaticMethods(OfferId.class);
    tester.testAllPublicStaticMethods(TenantId.class);
    tester.testAllPublicStaticMethods(CountryCode.class);
    tester.testAllPublicStaticMethods(Region.class);
    tester.testAllPublicStaticMethods(Relationship.class);
    tester.testAllPublicStaticMethods(Money.class);
  }
}
