package org.csptransfer.rules.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.csptransfer.core.Offer;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.OfferId;
import org.junit.jupiter.api.Test;

/** The choice of a pair of offers stacked for the same users (CONTRACT.md, "The planner"). */
class StackedOffersTest {

  private static Offer.Builder offer(String id, String... plans) {
    return Offer.builder().id(OfferId.of(id)).name(id).addServicePlans(plans);
  }

  /** The source: a suite with mail, files and Teams; nothing for sale has all three. */
  private static final Offer SUITE =
      offer("SUITE", "EXCHANGE_S_ENTERPRISE", "SHAREPOINTENTERPRISE", "TEAMS1")
          .availableForPurchase(false)
          .build();

  private static Optional<StackedOffers> best(Offer... forSale) {
    OfferCatalog catalog = OfferCatalog.builder().addOffers(SUITE).addOffers(forSale).build();
    return StackedOffers.best(catalog, SUITE);
  }

  private static List<String> ids(Optional<StackedOffers> pair) {
    StackedOffers found = pair.orElseThrow();
    return List.of(found.base().id().value(), found.stacked().id().value());
  }

  @Test
  void theBaseIsTheOfferCoveringMoreOfTheSourcesPlans() {
    Optional<StackedOffers> pair =
        best(
            offer("NO_TEAMS", "EXCHANGE_S_ENTERPRISE", "SHAREPOINTENTERPRISE").build(),
            offer("TEAMS", "TEAMS1").build());
    assertEquals(List.of("NO_TEAMS", "TEAMS"), ids(pair));
    assertEquals(List.of(), pair.orElseThrow().uncovered());
  }

  @Test
  void noPairWhenOneOfferAloneKeepsTheData() {
    assertEquals(
        Optional.empty(),
        best(offer("ALL", "EXCHANGE_S_ENTERPRISE", "SHAREPOINTENTERPRISE", "TEAMS1").build()));
  }

  @Test
  void noPairWhenNoTwoOffersKeepTheData() {
    assertEquals(
        Optional.empty(),
        best(offer("MAIL", "EXCHANGE_S_ENTERPRISE").build(), offer("TEAMS", "TEAMS1").build()));
  }

  @Test
  void offersNotForSaleOrSoldToNobodyAreNotTried() {
    assertEquals(
        Optional.empty(),
        best(
            offer("NO_TEAMS", "EXCHANGE_S_ENTERPRISE", "SHAREPOINTENTERPRISE").build(),
            offer("TEAMS", "TEAMS1").availableForPurchase(false).build()));
    assertEquals(
        Optional.empty(),
        best(
            offer("NO_TEAMS", "EXCHANGE_S_ENTERPRISE", "SHAREPOINTENTERPRISE")
                .minQuantity(0)
                .maxQuantity(0)
                .build(),
            offer("TEAMS", "TEAMS1").build()));
  }

  @Test
  void amongPairsTheFewestExtraPlansWinThenIds() {
    Offer noTeams = offer("NO_TEAMS", "EXCHANGE_S_ENTERPRISE", "SHAREPOINTENTERPRISE").build();
    Optional<StackedOffers> pair =
        best(
            noTeams,
            offer("TEAMS_PLUS", "TEAMS1", "MCOEV").build(),
            offer("TEAMS", "TEAMS1").build());
    assertEquals(List.of("NO_TEAMS", "TEAMS"), ids(pair));
    Optional<StackedOffers> byId =
        best(noTeams, offer("TEAMS_B", "TEAMS1").build(), offer("TEAMS_A", "TEAMS1").build());
    assertEquals(List.of("NO_TEAMS", "TEAMS_A"), ids(byId));
  }

  @Test
  void aPairCoveringEveryPlanComesBeforeOneDroppingFeatures() {
    Offer source =
        offer("SUITE_MFA", "EXCHANGE_S_ENTERPRISE", "TEAMS1", "MFA_PREMIUM")
            .availableForPurchase(false)
            .build();
    OfferCatalog catalog =
        OfferCatalog.of(
            source,
            offer("MAIL", "EXCHANGE_S_ENTERPRISE").build(),
            offer("MAIL_MFA", "EXCHANGE_S_ENTERPRISE", "MFA_PREMIUM").build(),
            offer("TEAMS", "TEAMS1").build());
    StackedOffers pair = StackedOffers.best(catalog, source).orElseThrow();
    assertEquals("MAIL_MFA", pair.base().id().value());
    assertEquals(List.of(), pair.uncovered());
    OfferCatalog onlyDropping =
        OfferCatalog.of(
            source,
            offer("MAIL", "EXCHANGE_S_ENTERPRISE").build(),
            offer("TEAMS", "TEAMS1").build());
    StackedOffers dropping = StackedOffers.best(onlyDropping, source).orElseThrow();
    assertEquals(List.of("MFA_PREMIUM"), dropping.uncovered());
  }

  @Test
  void equalCoverageMakesTheSmallerIdTheBase() {
    Optional<StackedOffers> pair =
        best(
            offer("B_FILES_TEAMS", "SHAREPOINTENTERPRISE", "TEAMS1").build(),
            offer("A_MAIL_TEAMS", "EXCHANGE_S_ENTERPRISE", "TEAMS1").build());
    assertEquals(List.of("A_MAIL_TEAMS", "B_FILES_TEAMS"), ids(pair));
  }

  @Test
  void anAddOnStacksOnlyOnItsPrerequisiteAndTheBaseIsOfTheSourcesKind() {
    Offer noTeams = offer("NO_TEAMS", "EXCHANGE_S_ENTERPRISE", "SHAREPOINTENTERPRISE").build();
    assertTrue(
        best(
                noTeams,
                offer("TEAMS_ADDON", "TEAMS1")
                    .addOn(true)
                    .addPrerequisite(OfferId.of("OTHER"))
                    .build())
            .isEmpty());
    assertEquals(
        List.of("NO_TEAMS", "TEAMS_ADDON"),
        ids(
            best(
                noTeams,
                offer("TEAMS_ADDON", "TEAMS1")
                    .addOn(true)
                    .addPrerequisite(OfferId.of("NO_TEAMS"))
                    .build())));
    assertEquals(
        List.of("NO_TEAMS", "TEAMS_ADDON"),
        ids(best(noTeams, offer("TEAMS_ADDON", "TEAMS1").addOn(true).build())));
  }

  @Test
  void theBasesMinimumMustFitTheStackedMaximum() {
    assertTrue(
        best(
                offer("NO_TEAMS", "EXCHANGE_S_ENTERPRISE", "SHAREPOINTENTERPRISE")
                    .minQuantity(500)
                    .build(),
                offer("TEAMS", "TEAMS1").maxQuantity(300).build())
            .isEmpty());
    assertEquals(
        List.of("NO_TEAMS", "TEAMS"),
        ids(
            best(
                offer("NO_TEAMS", "EXCHANGE_S_ENTERPRISE", "SHAREPOINTENTERPRISE")
                    .minQuantity(300)
                    .build(),
                offer("TEAMS", "TEAMS1").maxQuantity(300).build())));
  }
}
