package org.csptransfer.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** SKUs, their service plans and the SKU reference, as Microsoft's licensing table has them. */
class SkuCatalogTest {

  private static final UUID E3_GUID = UUID.fromString("6fd2c87f-b296-42f0-b197-1e91e994b900");
  private static final UUID E5_GUID = UUID.fromString("c7df2760-2c81-4ef7-b578-5b5392b571df");
  private static final UUID PSTN_A = UUID.fromString("11111111-1111-1111-1111-111111111111");
  private static final UUID PSTN_B = UUID.fromString("22222222-2222-2222-2222-222222222222");

  private static ServicePlan plan(String name, String friendly) {
    return ServicePlan.of(
        name, UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)), friendly);
  }

  private static Sku sku(String id, UUID guid, String product, ServicePlan... plans) {
    return Sku.builder()
        .stringId(id)
        .guid(guid)
        .productName(product)
        .addServicePlans(plans)
        .build();
  }

  private static final Sku E3 =
      sku(
          "ENTERPRISEPACK",
          E3_GUID,
          "Office 365 E3",
          plan("EXCHANGE_S_ENTERPRISE", "Exchange Online (Plan 2)"),
          plan("TEAMS1", "TEAMS1"));
  private static final Sku E5 =
      sku(
          "ENTERPRISEPREMIUM",
          E5_GUID,
          "Office 365 E5",
          plan("EXCHANGE_S_ENTERPRISE", "Exchange Online (Plan 2)"),
          plan("TEAMS1", "Microsoft Teams"));

  private static final SkuCatalog CATALOG =
      SkuCatalog.builder()
          .edition("test table")
          .publishedOn(LocalDate.of(2025, 12, 30))
          .addSkus(
              E3,
              E5,
              sku("MCOPSTN5", PSTN_A, "Domestic calling (120 minutes)"),
              sku("MCOPSTN5", PSTN_B, "Domestic calling (240 minutes)"))
          .build();

  @Test
  void findsASkuByStringIdOrGuid() {
    assertEquals(Optional.of(E3), CATALOG.find("ENTERPRISEPACK"));
    assertEquals(Optional.of(E5), CATALOG.find(E5_GUID));
    assertEquals(Optional.empty(), CATALOG.find("NOT_A_SKU"));
    assertEquals(Optional.empty(), CATALOG.find(UUID.randomUUID()));
  }

  @Test
  void aStringIdMayNameSeveralSkusInTheTablesOrder() {
    List<Sku> pstn = CATALOG.findAll("MCOPSTN5");
    assertEquals(2, pstn.size());
    assertEquals(PSTN_A, pstn.get(0).guid());
    assertEquals(PSTN_A, CATALOG.find("MCOPSTN5").orElseThrow().guid());
    assertEquals(PSTN_B, CATALOG.find(PSTN_B).orElseThrow().guid());
    assertEquals(List.of(), CATALOG.findAll("NOT_A_SKU"));
  }

  @Test
  void aPlansFriendlyNameIsItsMostFrequentOtherThanItsOwnName() {
    assertEquals(Optional.of("Microsoft Teams"), CATALOG.friendlyNameOf("TEAMS1"));
    assertEquals(
        Optional.of("Exchange Online (Plan 2)"), CATALOG.friendlyNameOf("EXCHANGE_S_ENTERPRISE"));
    assertEquals(Optional.empty(), CATALOG.friendlyNameOf("NOT_A_PLAN"));
    SkuCatalog onlyItsName =
        SkuCatalog.builder().edition("t").publishedOn(LocalDate.of(2025, 1, 1)).addSkus(E3).build();
    assertEquals(Optional.of("TEAMS1"), onlyItsName.friendlyNameOf("TEAMS1"));
  }

  @Test
  void anOfferBuiltFromASkuHasItsIdNameAndPlans() {
    Offer offer = Offer.of(E3);
    assertEquals(OfferId.of("ENTERPRISEPACK"), offer.id());
    assertEquals("Office 365 E3", offer.name());
    assertEquals(List.of("EXCHANGE_S_ENTERPRISE", "TEAMS1"), List.copyOf(offer.servicePlans()));
    assertEquals(List.of("EXCHANGE_S_ENTERPRISE", "TEAMS1"), E3.servicePlanNames());
    Offer priced = Offer.builder().sku(E5).id(OfferId.of("E5")).maxQuantity(300).build();
    assertEquals(OfferId.of("E5"), priced.id());
    assertEquals("Office 365 E5", priced.name());
    assertEquals(300, priced.maxQuantity());
    assertTrue(priced.isPurchasable());
  }

  @Test
  void blankIdsAndNamesAreRefusedWithTheField() {
    assertThrows(IllegalArgumentException.class, () -> sku(" ", E3_GUID, "x"));
    assertThrows(IllegalArgumentException.class, () -> sku("X", E3_GUID, "\u00a0"));
    assertThrows(IllegalArgumentException.class, () -> plan("\u200b", "x"));
    assertThrows(IllegalArgumentException.class, () -> plan("P", " "));
    assertThrows(
        IllegalArgumentException.class,
        () -> SkuCatalog.builder().edition(" ").publishedOn(LocalDate.of(2025, 1, 1)).build());
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> sku("X", E3_GUID, " "));
    assertTrue(String.valueOf(refused.getMessage()).contains("skus[X]"), refused.getMessage());
  }

  @Test
  void valuesAreEqualByContent() {
    assertEquals(
        ServicePlan.of("TEAMS1", PSTN_A, "Teams"), ServicePlan.of("TEAMS1", PSTN_A, "Teams"));
    assertEquals(
        E3,
        sku(
            "ENTERPRISEPACK",
            E3_GUID,
            "Office 365 E3",
            E3.servicePlans().toArray(ServicePlan[]::new)));
  }
}
