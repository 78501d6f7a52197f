package org.csptransfer.catalog;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.csptransfer.core.Offer;
import org.csptransfer.core.OfferId;
import org.csptransfer.core.ServicePlan;
import org.csptransfer.core.ServicePlanTier;
import org.csptransfer.core.ServicePlanTiers;
import org.csptransfer.core.Sku;
import org.csptransfer.core.SkuCatalog;
import org.junit.jupiter.api.Test;

/** The shipped SKU table, its lookups, and the readers of newer editions. */
class MicrosoftLicensingTest {

  private static final SkuCatalog SKUS = MicrosoftLicensing.skus();

  @Test
  void theShippedTableHasEveryRowOfMicrosoftsFile() throws IOException {
    int plans = SKUS.skus().stream().mapToInt(sku -> sku.servicePlans().size()).sum();
    assertEquals(5_457, plans, "rows");
    assertEquals(569, SKUS.skus().size(), "SKUs, one per GUID");
    assertEquals(
        568, SKUS.skus().stream().map(Sku::stringId).distinct().count(), "distinct string ids");
    assertEquals(MicrosoftLicensing.EDITION, SKUS.edition());
    assertEquals(LocalDate.of(2025, 12, 30), SKUS.publishedOn());
    assertSame(SKUS, MicrosoftLicensing.skus(), "read once and shared");
  }

  @Test
  void guidAndStringIdLookupsAgree() {
    for (Sku sku : SKUS.skus()) {
      assertEquals(Optional.of(sku), SKUS.find(sku.guid()));
      assertTrue(SKUS.findAll(sku.stringId()).contains(sku), sku::stringId);
      assertEquals(SKUS.findAll(sku.stringId()).get(0), SKUS.find(sku.stringId()).orElseThrow());
    }
  }

  @Test
  void aStringIdMayNameTwoSkusInMicrosoftsTable() {
    List<Sku> calling = SKUS.findAll("MCOPSTN5");
    assertEquals(2, calling.size());
    assertEquals("Skype for Business PSTN Calling Domestic Small", calling.get(0).productName());
    assertEquals(
        "Skype for Business PSTN Domestic Calling (120 Minutes)", calling.get(1).productName());
  }

  @Test
  void stringIdsAreKeptByteForByteAndGuidsTrimmed() {
    assertTrue(SKUS.find("Microsoft_365_ Business_ Premium_(no Teams)").isPresent());
    assertTrue(SKUS.find("O365_w/o\u00a0Teams\u00a0Bundle_M3").isPresent());
    assertTrue(SKUS.find("O365_w/o Teams Bundle_M3").isEmpty());
    // The file writes this GUID with a no-break space after it, and the string id with one too.
    assertEquals(
        "MCOCAP_FACULTY\u00a0",
        SKUS.find(UUID.fromString("420c7602-7f70-4895-9394-d3d679ea36fb"))
            .orElseThrow()
            .stringId());
  }

  @Test
  void officeE3HasTheServicePlansOfMicrosoftsTable() {
    Sku e3 = SKUS.find("ENTERPRISEPACK").orElseThrow();
    assertEquals("Office 365 E3", e3.productName());
    assertEquals(UUID.fromString("6fd2c87f-b296-42f0-b197-1e91e994b900"), e3.guid());
    assertEquals(36, e3.servicePlans().size());
    assertTrue(e3.servicePlanNames().contains("EXCHANGE_S_ENTERPRISE"));
    Offer offer = Offer.of(e3);
    assertEquals(OfferId.of("ENTERPRISEPACK"), offer.id());
    assertEquals("Office 365 E3", offer.name());
    assertEquals(Set.copyOf(e3.servicePlanNames()), offer.servicePlans());
    assertEquals(300, Offer.builder().sku(e3).maxQuantity(300).build().maxQuantity());
  }

  @Test
  void planFriendlyNamesAreTheUsualOnes() {
    assertEquals(Optional.of("Microsoft Entra ID P1"), SKUS.friendlyNameOf("AAD_PREMIUM"));
    assertEquals(Optional.of("Exchange Foundation"), SKUS.friendlyNameOf("EXCHANGE_S_FOUNDATION"));
    assertEquals(Optional.empty(), SKUS.friendlyNameOf("NO_SUCH_PLAN"));
  }

  @Test
  void everyPlanOfTheTierTableIsInTheSkuTable() {
    Set<String> plans = new HashSet<>();
    SKUS.skus().forEach(sku -> plans.addAll(sku.servicePlanNames()));
    for (ServicePlanTier tier : ServicePlanTiers.standard().tiers()) {
      assertTrue(plans.contains(tier.plan()), tier.plan());
    }
  }

  @Test
  void theTierTableReadsBackAsTheCompiledOne() throws IOException {
    try (Reader tsv =
        new InputStreamReader(
            MicrosoftLicensingTest.class.getResourceAsStream("service-plan-tiers.tsv"), UTF_8)) {
      ServicePlanTiers read =
          MicrosoftLicensing.readTiers(tsv, "from the TSV", LocalDate.of(2026, 11, 25));
      assertEquals(ServicePlanTiers.standard().tiers(), read.tiers());
    }
  }

  @Test
  void aNewerEditionIsReadFromMicrosoftsColumns() throws IOException {
    String csv =
        "\uFEFFProduct_Display_Name,String_Id,GUID,Service_Plan_Name,Service_Plan_Id,"
            + "Service_Plans_Included_Friendly_Names\r\n"
            + "\"Suite, with a comma\",SUITE,00000000-0000-0000-0000-000000000001,PLAN_A,"
            + "00000000-0000-0000-0000-00000000000a,\"Plan \"\"A\"\"\"\r\n"
            + "\"Suite, with a comma\",SUITE,00000000-0000-0000-0000-000000000001,PLAN_B,"
            + "00000000-0000-0000-0000-00000000000b,Plan B\r\n";
    SkuCatalog read =
        MicrosoftLicensing.readSkus(new StringReader(csv), "test", LocalDate.of(2026, 1, 1));
    Sku suite = read.find("SUITE").orElseThrow();
    assertEquals("Suite, with a comma", suite.productName());
    assertEquals(
        List.of(
            ServicePlan.of(
                "PLAN_A", UUID.fromString("00000000-0000-0000-0000-00000000000a"), "Plan \"A\""),
            ServicePlan.of(
                "PLAN_B", UUID.fromString("00000000-0000-0000-0000-00000000000b"), "Plan B")),
        suite.servicePlans());
  }

  @Test
  void guidsAreTrimmedOfEverySpaceOnBothSides() throws IOException {
    String csv =
        "Product_Display_Name,String_Id,GUID,Service_Plan_Name,Service_Plan_Id,"
            + "Service_Plans_Included_Friendly_Names\n"
            + "Suite,SUITE,\u00a0\ufeff 00000000-0000-0000-0000-000000000001\u202f\t,PLAN_A,"
            + "\u200700000000-0000-0000-0000-00000000000a\u00a0,Plan A\n";
    SkuCatalog read =
        MicrosoftLicensing.readSkus(new StringReader(csv), "test", LocalDate.of(2026, 1, 1));
    Sku suite = read.find(UUID.fromString("00000000-0000-0000-0000-000000000001")).orElseThrow();
    assertEquals(
        UUID.fromString("00000000-0000-0000-0000-00000000000a"), suite.servicePlans().get(0).id());
    assertEquals(
        "line 2: GUID '\u00a0' is not a GUID",
        refusal(
            csv.replace("\u00a0\ufeff 00000000-0000-0000-0000-000000000001\u202f\t", "\u00a0")));
  }

  @Test
  void aFileInAnotherFormatIsRefusedWithItsLine() {
    String header =
        "Product_Display_Name,String_Id,GUID,Service_Plan_Name,Service_Plan_Id,"
            + "Service_Plans_Included_Friendly_Names\n";
    assertEquals(
        "line 1: expected the columns [Product_Display_Name, String_Id, GUID, Service_Plan_Name,"
            + " Service_Plan_Id, Service_Plans_Included_Friendly_Names], got [a, b]",
        refusal("a,b\n"));
    assertEquals("line 2: expected 6 fields, got 2", refusal(header + "x,y\n"));
    assertEquals(
        "line 2: GUID 'nope' is not a GUID",
        refusal(header + "S,S,nope,P,00000000-0000-0000-0000-00000000000a,P\n"));
    assertEquals("line 2: a quoted field is not closed", refusal(header + "\"S,S\n"));
    assertEquals("line 3: expected 6 fields, got 1", refusal(header + "\nlonely\n"));
  }

  @Test
  void blankLinesAreSkippedAndQuotedLineBreaksCounted() throws IOException {
    String header =
        "Product_Display_Name,String_Id,GUID,Service_Plan_Name,Service_Plan_Id,"
            + "Service_Plans_Included_Friendly_Names\n";
    String row =
        "\"Suite\non two lines\",SUITE,00000000-0000-0000-0000-000000000001,PLAN_A,"
            + "00000000-0000-0000-0000-00000000000a,Plan A\n";
    SkuCatalog read =
        MicrosoftLicensing.readSkus(
            new StringReader(header + "\n" + row + "\n"), "test", LocalDate.of(2026, 1, 1));
    assertEquals("Suite\non two lines", read.find("SUITE").orElseThrow().productName());
    // The quoted product name spans lines 3 and 4, so the bad row that follows is on line 5.
    assertEquals(
        "line 5: GUID 'nope' is not a GUID",
        refusal(header + "\n" + row + "S,S,nope,P,00000000-0000-0000-0000-00000000000a,P\n"));
  }

  @Test
  void textAfterAClosingQuoteIsRefusedButAQuotedFieldMayEndALine() throws IOException {
    String header =
        "Product_Display_Name,String_Id,GUID,Service_Plan_Name,Service_Plan_Id,"
            + "Service_Plans_Included_Friendly_Names\r\n";
    String rest =
        ",00000000-0000-0000-0000-000000000001,PLAN_A,00000000-0000-0000-0000-00000000000a,";
    assertEquals(
        "line 2: text after the closing quote of a field",
        refusal(header + "\"Suite\" E3,SUITE" + rest + "Plan A\r\n"));
    assertEquals(
        "line 3: text after the closing quote of a field",
        refusal(header + "\"Suite\non two\"\"\",SUITE" + rest + "\"Plan A\"\r\r\n"));
    assertEquals(
        "line 2: text after the closing quote of a field",
        refusal(header + "\"\"\"\"\"\"x,SUITE" + rest + "Plan A\n"));
    SkuCatalog read =
        MicrosoftLicensing.readSkus(
            new StringReader(header + "\"Suite \"\"E3\"\"\",\"SUITE\"" + rest + "\"Plan A\"\r\n"),
            "test",
            LocalDate.of(2026, 1, 1));
    Sku suite = read.find("SUITE").orElseThrow();
    assertEquals("Suite \"E3\"", suite.productName());
    assertEquals("Plan A", suite.servicePlans().get(0).friendlyName());
    SkuCatalog last =
        MicrosoftLicensing.readSkus(
            new StringReader(header + "S,SUITE" + rest + "\"Plan A\""),
            "test",
            LocalDate.of(2026, 1, 1));
    assertEquals("Plan A", last.find("SUITE").orElseThrow().servicePlans().get(0).friendlyName());
  }

  private static String refusal(String csv) {
    return String.valueOf(
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    MicrosoftLicensing.readSkus(
                        new StringReader(csv), "t", LocalDate.of(2026, 1, 1)))
            .getMessage());
  }

  @Test
  void aTierTableInAnotherFormatIsRefusedWithItsLine() {
    String header = "family\trank\tplan\tholdsData\tnote\n";
    assertEquals(
        "line 2: holdsData 'maybe' is neither yes nor no",
        tierRefusal(header + "F\t1\tP\tmaybe\tn\n"));
    assertEquals(
        "line 2: rank 'one' is not a whole number", tierRefusal(header + "F\tone\tP\tyes\tn\n"));
    assertEquals("line 2: expected 5 fields, got 4", tierRefusal(header + "F\t1\tP\tyes\n"));
    assertEquals("line 3: expected 5 fields, got 1", tierRefusal(header + "\nlonely\n"));
  }

  @Test
  void blankLinesOfATierTableAreSkipped() throws IOException {
    ServicePlanTiers read =
        MicrosoftLicensing.readTiers(
            new StringReader("family\trank\tplan\tholdsData\tnote\n\nF\t1\tP\tyes\t\n\n"),
            "test",
            LocalDate.of(2026, 1, 1));
    assertEquals(1, read.tiers().size());
  }

  private static String tierRefusal(String tsv) {
    return String.valueOf(
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    MicrosoftLicensing.readTiers(
                        new StringReader(tsv), "t", LocalDate.of(2026, 1, 1)))
            .getMessage());
  }

  private static final String SKU_HEADER =
      "Product_Display_Name,String_Id,GUID,Service_Plan_Name,Service_Plan_Id,"
          + "Service_Plans_Included_Friendly_Names\n";

  private static String skuRow(String name, String stringId, String guid, String plan) {
    return name
        + ","
        + stringId
        + ","
        + guid
        + ","
        + plan
        + ",00000000-0000-0000-0000-0000000000"
        + plan.toLowerCase(java.util.Locale.ROOT)
        + ","
        + plan
        + "\n";
  }

  @Test
  void aGuidBackUnderAnotherNameIsTwoProductsAndRefused() {
    String guid = "00000000-0000-0000-0000-000000000001";
    assertEquals(
        "line 4: GUID " + guid + " is already SUITE (Suite, line 2), not OTHER (Suite)",
        refusal(
            SKU_HEADER
                + skuRow("Suite", "SUITE", guid, "AA")
                + skuRow("Other", "OTHER", "00000000-0000-0000-0000-000000000002", "BB")
                + skuRow("Suite", "OTHER", guid, "CC")));
    assertEquals(
        "line 3: GUID " + guid + " is already SUITE (Suite, line 2), not SUITE (Suite 2)",
        refusal(
            SKU_HEADER
                + skuRow("Suite", "SUITE", guid, "AA")
                + skuRow("Suite 2", "SUITE", guid, "CC")));
  }

  @Test
  void aSkusRowsMayComeBackLaterUnderTheSameName() throws IOException {
    String guid = "00000000-0000-0000-0000-000000000001";
    SkuCatalog read =
        MicrosoftLicensing.readSkus(
            new StringReader(
                SKU_HEADER
                    + skuRow("Suite", "SUITE", guid, "AA")
                    + skuRow("Other", "OTHER", "00000000-0000-0000-0000-000000000002", "BB")
                    + skuRow(" Suite ", "SUITE", guid.toUpperCase(java.util.Locale.ROOT), "CC")),
            "test",
            LocalDate.of(2026, 1, 1));
    assertEquals(2, read.skus().size());
    assertEquals(
        List.of("AA", "CC"),
        read.find("SUITE").orElseThrow().servicePlans().stream().map(ServicePlan::name).toList());
  }

  @Test
  void aGuidHasTheEightFourFourFourTwelveHexForm() {
    for (String notAGuid :
        List.of(
            "1-1-1-1-1",
            "00000000-0000-0000-0000-00000000000",
            "00000000-0000-0000-0000-0000000000001",
            "00000000+0000-0000-0000-000000000001",
            "0000000g-0000-0000-0000-000000000001",
            "\uff10\uff10\uff10\uff10\uff10\uff10\uff10\uff10-0000-0000-0000-000000000001")) {
      assertEquals(
          "line 2: GUID '" + notAGuid + "' is not a GUID",
          refusal(SKU_HEADER + skuRow("Suite", "SUITE", notAGuid, "AA")),
          notAGuid);
    }
  }

  @Test
  void aBadRecordIsNamedByTheLineItStartsOn() {
    assertEquals(
        "line 3: GUID 'nope' is not a GUID",
        refusal(
            SKU_HEADER
                + skuRow("Suite", "SUITE", "00000000-0000-0000-0000-000000000001", "AA")
                + skuRow("\"Suite\non three\nlines\"", "BAD", "nope", "BB")));
  }

  @Test
  void aReaderThatSometimesReturnsNoCharacterIsReadWhole() throws IOException {
    String csv =
        SKU_HEADER + skuRow("Suite", "SUITE", "00000000-0000-0000-0000-000000000001", "AA");
    Reader stuttering =
        new Reader() {
          private int position;
          private boolean empty;

          @Override
          public int read(char[] buffer, int offset, int length) {
            if (position == csv.length()) {
              return -1;
            }
            empty = !empty;
            if (empty) {
              return 0; // a broken Reader: none, though it is not at its end
            }
            buffer[offset] = csv.charAt(position++);
            return 1;
          }

          @Override
          public void close() {}
        };
    SkuCatalog read = MicrosoftLicensing.readSkus(stuttering, "test", LocalDate.of(2026, 1, 1));
    assertEquals("AA", read.find("SUITE").orElseThrow().servicePlans().get(0).name());
  }

  @Test
  void aTierTableBreakingItsOwnRulesIsRefusedAtTheRowThatBreaksThem() {
    String header = "family\trank\tplan\tholdsData\tnote\n";
    assertEquals(
        "line 4: plan P is already on line 2",
        tierRefusal(header + "F\t1\tP\tyes\tn\nF\t2\tQ\tyes\tn\nG\t1\tP\tyes\tn\n"));
    assertEquals(
        "line 3: holdsData no, but family F says yes on line 2",
        tierRefusal(header + "F\t1\tP\tyes\tn\nF\t2\tQ\tno\tn\n"));
  }
}
