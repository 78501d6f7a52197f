package org.csptransfer.core;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.io.Resources;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServicePlanTiersTest {

  private final ServicePlanTiers tiers = ServicePlanTiers.standard();

  /** The table as published in shared/data, copied beside this test. */
  private static List<String> tableRows() throws IOException {
    List<String> lines =
        Resources.readLines(
            Resources.getResource(ServicePlanTiersTest.class, "service-plan-tiers.tsv"), UTF_8);
    assertEquals("family\trank\tplan\tholdsData\tnote", lines.get(0));
    return lines.subList(1, lines.size());
  }

  @Test
  void everyRowOfTheTableIsCompiledIn() throws IOException {
    List<String> rows = tableRows();
    assertEquals(146, rows.size());
    assertEquals(146, tiers.tiers().size());
    for (String row : rows) {
      String[] cells = row.split("\t", -1);
      ServicePlanTier tier = tiers.tierOf(cells[2]).orElseThrow();
      assertEquals(cells[0], tier.family(), row);
      assertEquals(Integer.parseInt(cells[1]), tier.rank(), row);
      assertEquals(cells[3].equals("yes"), tier.holdsData(), row);
      assertEquals(Optional.of(cells[4]), tier.note(), row);
    }
    assertEquals("csp-transfer service plan tiers, November 2026", tiers.edition());
  }

  @Test
  void aPlanIsCoveredByItselfOrAnEqualOrHigherTierOfItsFamily() {
    assertTrue(tiers.isCovered("EXCHANGE_S_STANDARD", Set.of("EXCHANGE_S_STANDARD")));
    assertTrue(tiers.isCovered("EXCHANGE_S_STANDARD", Set.of("EXCHANGE_S_ENTERPRISE")));
    assertFalse(tiers.isCovered("EXCHANGE_S_ENTERPRISE", Set.of("EXCHANGE_S_STANDARD")));
    // Equal ranks cover each other: Stream for Office 365 (Business) and E1.
    assertTrue(tiers.isCovered("STREAM_O365_SMB", Set.of("STREAM_O365_E1")));
    assertTrue(tiers.isCovered("STREAM_O365_E1", Set.of("STREAM_O365_SMB")));
    // Another family never covers, whatever its rank.
    assertFalse(tiers.isCovered("TEAMS1", Set.of("EXCHANGE_S_ENTERPRISE")));
  }

  @Test
  void aPlanMissingFromTheTableIsItsOwnFamilyAndHoldsData() {
    assertEquals(Optional.empty(), tiers.tierOf("SOMETHING_NEW"));
    assertTrue(tiers.holdsData("SOMETHING_NEW"));
    assertTrue(tiers.isCovered("SOMETHING_NEW", Set.of("SOMETHING_NEW")));
    assertFalse(tiers.isCovered("SOMETHING_NEW", Set.of("EXCHANGE_S_ENTERPRISE")));
  }

  @Test
  void featurePlansHoldNoData() {
    assertFalse(tiers.holdsData("MFA_PREMIUM"));
    assertFalse(tiers.holdsData("Bing_Chat_Enterprise"));
    assertTrue(tiers.holdsData("TEAMS1"));
    assertTrue(tiers.holdsData("EXCHANGE_S_DESKLESS"));
  }

  @Test
  void withoutTiersOnlyTheSamePlanCovers() {
    ServicePlanTiers none = ServicePlanTiers.none();
    assertTrue(none.tiers().isEmpty());
    assertFalse(none.isCovered("EXCHANGE_S_STANDARD", Set.of("EXCHANGE_S_ENTERPRISE")));
    assertTrue(none.holdsData("MFA_PREMIUM"));
  }
}
