package org.csptransfer.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.csptransfer.core.Offer;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.OfferId;
import org.csptransfer.core.OfferMatch;
import org.csptransfer.core.Sku;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Microsoft's documented upgrade paths and the "(no Teams)" suites, judged on the shipped SKU and
 * tier tables exactly as the pipeline judges them (CONTRACT.md, "Service plans"). Where Microsoft's
 * data says more than the contract's summary, each test says what, rather than hide it.
 */
class UpgradePathsTest {

  private static final OfferCatalog OFFERS = catalog();

  private static OfferCatalog catalog() {
    List<Offer> offers = new ArrayList<>();
    for (Sku sku : MicrosoftLicensing.skus().skus()) {
      if (offers.stream().noneMatch(offer -> offer.id().value().equals(sku.stringId()))) {
        offers.add(Offer.of(sku));
      }
    }
    return OfferCatalog.of(offers);
  }

  private static OfferId id(String stringId) {
    return OfferId.of(stringId);
  }

  /**
   * The documented paths (Partner Center, "Add licenses or more services"; CONTRACT.md): each keeps
   * every plan that holds data; four drop plans that only grant a feature, listed here.
   */
  static Stream<Arguments> documentedUpgrades() {
    return Stream.of(
        path("O365_BUSINESS_ESSENTIALS", "O365_BUSINESS_PREMIUM"),
        path("O365_BUSINESS_ESSENTIALS", "STANDARDPACK"),
        path("O365_BUSINESS_ESSENTIALS", "ENTERPRISEPACK"),
        path("O365_BUSINESS_ESSENTIALS", "ENTERPRISEPREMIUM"),
        path("O365_BUSINESS_PREMIUM", "SPB"),
        // Office 365 E3 has no Clipchamp, Loop, Invoicing or Outlook Customer Manager.
        path(
            "O365_BUSINESS_PREMIUM",
            "ENTERPRISEPACK",
            "CLIPCHAMP",
            "DYN365BC_MS_INVOICING",
            "MICROSOFT_LOOP",
            "O365_SB_Relationship_Management"),
        // Office 365 E5's row also lacks Copilot Chat protection, Lighthouse, the avatars and
        // Nucleus.
        path(
            "O365_BUSINESS_PREMIUM",
            "ENTERPRISEPREMIUM",
            "Bing_Chat_Enterprise",
            "CLIPCHAMP",
            "DYN365BC_MS_INVOICING",
            "M365_LIGHTHOUSE_CUSTOMER_PLAN1",
            "MESH_AVATARS_ADDITIONAL_FOR_TEAMS",
            "MESH_AVATARS_FOR_TEAMS",
            "MICROSOFT_LOOP",
            "Nucleus",
            "O365_SB_Relationship_Management"),
        path("O365_BUSINESS", "SPB"),
        path("O365_BUSINESS", "OFFICESUBSCRIPTION"),
        path("O365_BUSINESS", "ENTERPRISEPACK"),
        path("O365_BUSINESS", "ENTERPRISEPREMIUM"),
        path("STANDARDPACK", "ENTERPRISEPACK"),
        path(
            "ENTERPRISEPACK",
            "ENTERPRISEPREMIUM",
            "Bing_Chat_Enterprise",
            "M365_LIGHTHOUSE_CUSTOMER_PLAN1",
            "MESH_AVATARS_ADDITIONAL_FOR_TEAMS",
            "MESH_AVATARS_FOR_TEAMS",
            "MESH_IMMERSIVE_FOR_TEAMS",
            "Nucleus"),
        path("ENTERPRISEPACK", "SPE_E3"),
        // Microsoft 365 E5 lacks the Lighthouse partner plan that Microsoft 365 E3 has.
        path("SPE_E3", "SPE_E5", "M365_LIGHTHOUSE_PARTNER_PLAN1"));
  }

  private static Arguments path(String from, String to, String... dropped) {
    return Arguments.of(from, to, List.of(dropped));
  }

  @ParameterizedTest(name = "{0} to {1}")
  @MethodSource("documentedUpgrades")
  void aDocumentedUpgradeKeepsEveryPlanThatHoldsData(String from, String to, List<String> dropped) {
    assertEquals(dropped, OFFERS.uncoveredPlans(id(from), List.of(id(to))));
    assertEquals(
        dropped.isEmpty() ? OfferMatch.EQUIVALENT : OfferMatch.FEATURES_DROPPED,
        OFFERS.compare(id(from), id(to)));
  }

  @ParameterizedTest(name = "{1} back to {0}")
  @MethodSource("documentedUpgrades")
  void noReverseOfADocumentedUpgradeIsEquivalent(String from, String to, List<String> dropped) {
    assertNotEquals(OfferMatch.EQUIVALENT, OFFERS.compare(id(to), id(from)));
    assertNotEquals(OfferMatch.SAME, OFFERS.compare(id(to), id(from)));
  }

  /** Each "(no Teams)" suite against its suite with Teams: alone it loses Teams' data. */
  static Stream<Arguments> suitesWithoutTeams() {
    return Stream.of(
        Arguments.of("O365_BUSINESS_ESSENTIALS", "Microsoft_365_Business_Basic_(no Teams)"),
        Arguments.of("O365_BUSINESS_PREMIUM", "MICROSOFT_365_BUSINESS_STANDARD_NO_TEAMS"),
        Arguments.of("SPB", "Microsoft_365_ Business_ Premium_(no Teams)"),
        Arguments.of("ENTERPRISEPACK", "Office_365_E3_(no_Teams)"),
        Arguments.of("SPE_E3", "Microsoft_365_E3_(no_Teams)"),
        Arguments.of("ENTERPRISEPREMIUM", "Office_365_w/o_Teams_Bundle_E5"),
        Arguments.of("SPE_E5", "O365_w/o_Teams_Bundle_M5"),
        Arguments.of("ENTERPRISEPACK", "O365_w/o_Teams_Bundle_E3"),
        Arguments.of("STANDARDPACK", "Office_365_w/o_Teams_Bundle_E1"),
        Arguments.of("SPE_E3", "O365_w/o\u00a0Teams\u00a0Bundle_M3"));
  }

  @ParameterizedTest(name = "{1} alone does not replace {0}")
  @MethodSource("suitesWithoutTeams")
  void aSuiteWithoutTeamsAloneDoesNotCoverItsTeamsVersion(String suite, String noTeams) {
    assertEquals(OfferMatch.NOT_EQUIVALENT, OFFERS.compare(id(suite), id(noTeams)));
    assertEquals(
        true, OFFERS.uncoveredPlans(id(suite), List.of(id(noTeams))).contains("TEAMS1"), noTeams);
  }

  @ParameterizedTest(name = "{1} with Teams stacked replaces {0}")
  @MethodSource("stackedExactly")
  void officeAndMicrosoft365E3AreCoveredByTheirSuiteWithoutTeamsPlusTeams(
      String suite, String noTeams) {
    assertEquals(
        List.of(),
        OFFERS.uncoveredPlans(id(suite), List.of(id(noTeams), id("Microsoft_Teams_EEA_New"))));
  }

  static Stream<Arguments> stackedExactly() {
    return Stream.of(
        Arguments.of("ENTERPRISEPACK", "Office_365_E3_(no_Teams)"),
        Arguments.of("SPE_E3", "Microsoft_365_E3_(no_Teams)"),
        Arguments.of("O365_BUSINESS_ESSENTIALS", "Microsoft_365_Business_Basic_(no Teams)"),
        Arguments.of("SPB", "Microsoft_365_ Business_ Premium_(no Teams)"),
        Arguments.of("ENTERPRISEPREMIUM", "Office_365_w/o_Teams_Bundle_E5"));
  }

  @ParameterizedTest(name = "{1} with Teams still lacks {2}")
  @MethodSource("moreThanTeamsMissing")
  void whereMicrosoftsDataLacksMoreThanTeamsTheStackSaysWhat(
      String suite, String noTeams, List<String> stillMissing) {
    assertEquals(
        stillMissing,
        OFFERS.uncoveredPlans(id(suite), List.of(id(noTeams), id("Microsoft_Teams_EEA_New"))));
  }

  static Stream<Arguments> moreThanTeamsMissing() {
    return Stream.of(
        // Business Standard (no Teams) also lacks Viva Engage (Yammer) and Kaizala: data.
        Arguments.of(
            "O365_BUSINESS_PREMIUM",
            "MICROSOFT_365_BUSINESS_STANDARD_NO_TEAMS",
            List.of(
                "DYN365BC_MS_INVOICING",
                "KAIZALA_O365_P2",
                "O365_SB_Relationship_Management",
                "YAMMER_ENTERPRISE")),
        // The EEA Microsoft 365 E5 without Teams lacks Purview Discovery (data) and two features.
        Arguments.of(
            "SPE_E5",
            "O365_w/o_Teams_Bundle_M5",
            List.of("Defender_for_Iot_Enterprise", "MICROSOFT_LOOP", "PURVIEW_DISCOVERY")),
        // The EEA Office 365 E1 and E3 without Teams only lose Copilot Chat protection (a feature).
        Arguments.of("ENTERPRISEPACK", "O365_w/o_Teams_Bundle_E3", List.of("Bing_Chat_Enterprise")),
        Arguments.of(
            "STANDARDPACK", "Office_365_w/o_Teams_Bundle_E1", List.of("Bing_Chat_Enterprise")),
        Arguments.of(
            "SPE_E3",
            "O365_w/o\u00a0Teams\u00a0Bundle_M3",
            List.of("GRAPH_CONNECTORS_SEARCH_INDEX", "MICROSOFT_LOOP")));
  }
}
