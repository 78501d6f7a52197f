package org.csptransfer.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.csptransfer.core.Sku;
import org.junit.jupiter.api.Test;

/** Microsoft's 300-user limit: which SKUs of the shipped table it applies to. */
class BusinessPlansTest {

  @Test
  void theBusinessPlansOfTheShippedTableAreTheirEditionsAndVariants() {
    Set<String> business = new TreeSet<>();
    for (Sku sku : MicrosoftLicensing.skus().skus()) {
      if (BusinessPlans.includes(sku)) {
        business.add(sku.stringId());
      }
    }
    assertEquals(
        Set.of(
            "MICROSOFT_365_BUSINESS_STANDARD_NO_TEAMS",
            "Microsoft_365_ Business_ Premium_(no Teams)",
            "Microsoft_365_Business_Basic_(no Teams)",
            "Microsoft_365_Business_Basic_EEA_(no_Teams)",
            "Microsoft_365_Business_Premium_Donation_(Non_Profit_Pricing)",
            "Microsoft_365_Business_Standard_EEA_(no_Teams)",
            "O365_BUSINESS",
            "O365_BUSINESS_ESSENTIALS",
            "O365_BUSINESS_PREMIUM",
            "Office_365_w/o_Teams_Bundle_Business_Premium",
            "Office_365_w/o_Teams_Bundle_Business_Standard",
            "SMB_BUSINESS",
            "SMB_BUSINESS_ESSENTIALS",
            "SMB_BUSINESS_PREMIUM",
            "SPB"),
        business);
  }

  @Test
  void theEnterprisePlansAndTheirAddOnsAreNot() {
    for (String id : new String[] {"ENTERPRISEPACK", "SPE_E3", "SPE_E5", "EXCHANGESTANDARD"}) {
      Sku sku = MicrosoftLicensing.skus().find(id).orElseThrow();
      assertFalse(BusinessPlans.includes(sku), id);
      assertFalse(BusinessPlans.includesPartNumber(id), id);
    }
  }

  @Test
  void aBusinessPlanIsKnownByItsNameWhateverItsPartNumber() {
    Sku renamed =
        Sku.builder()
            .from(MicrosoftLicensing.skus().find("SPB").orElseThrow())
            .stringId("CONTOSO_RESOLD_PREMIUM")
            .build();
    assertTrue(BusinessPlans.includes(renamed));
    assertFalse(BusinessPlans.includesPartNumber("CONTOSO_RESOLD_PREMIUM"));
  }

  @Test
  void aPartNumberIsMatchedAsMicrosoftWritesIt() {
    assertTrue(BusinessPlans.includesPartNumber("SPB"));
    assertFalse(BusinessPlans.includesPartNumber("spb"));
    assertFalse(BusinessPlans.includesPartNumber(" SPB"));
    assertEquals(300, BusinessPlans.MAX_USERS);
  }

  @Test
  @SuppressWarnings("NullAway") // passing null is the point
  void nullsAreRefusedByName() {
    NullPointerException sku =
        assertThrows(NullPointerException.class, () -> BusinessPlans.includes(null));
    assertEquals("sku", sku.getMessage());
    NullPointerException partNumber =
        assertThrows(NullPointerException.class, () -> BusinessPlans.includesPartNumber(null));
    assertEquals("partNumber", partNumber.getMessage());
  }
}
