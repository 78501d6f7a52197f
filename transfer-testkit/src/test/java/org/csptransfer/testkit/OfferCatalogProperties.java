package org.csptransfer.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.csptransfer.core.Offer;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.OfferMatch;
import org.junit.jupiter.api.Test;

/** Laws of offer comparison that hold for every catalog. */
class OfferCatalogProperties {

  private static final int EXAMPLES = 1_000;

  private static Offer nth(OfferCatalog catalog, int index) {
    return catalog.offers().get(index % catalog.offers().size());
  }

  @Test
  void everyOfferIsTheSameAsItself() {
    qt().withExamples(EXAMPLES)
        .forAll(CoreGens.offerCatalogs())
        .checkAssert(
            catalog -> {
              for (Offer offer : catalog.offers()) {
                assertEquals(OfferMatch.SAME, catalog.compare(offer.id(), offer.id()));
              }
            });
  }

  @Test
  void equivalenceIsTransitive() {
    qt().withExamples(EXAMPLES)
        .forAll(
            CoreGens.offerCatalogs(),
            integers().between(0, 99),
            integers().between(0, 99),
            integers().between(0, 99))
        .checkAssert(
            (catalog, i, j, k) -> {
              Offer a = nth(catalog, i);
              Offer b = nth(catalog, j);
              Offer c = nth(catalog, k);
              if (safe(catalog.compare(a.id(), b.id())) && safe(catalog.compare(b.id(), c.id()))) {
                assertTrue(safe(catalog.compare(a.id(), c.id())));
              }
            });
  }

  @Test
  void differentOffersAreMutuallyEquivalentOnlyWithTheSameServicePlans() {
    qt().withExamples(EXAMPLES)
        .forAll(CoreGens.offerCatalogs(), integers().between(0, 99), integers().between(0, 99))
        .checkAssert(
            (catalog, i, j) -> {
              Offer a = nth(catalog, i);
              Offer b = nth(catalog, j);
              boolean mutual =
                  catalog.compare(a.id(), b.id()) == OfferMatch.EQUIVALENT
                      && catalog.compare(b.id(), a.id()) == OfferMatch.EQUIVALENT;
              if (mutual) {
                assertEquals(a.servicePlans(), b.servicePlans());
              }
            });
  }

  @Test
  void everyCandidateIsAnAvailableEquivalentOtherOffer() {
    qt().withExamples(EXAMPLES)
        .forAll(CoreGens.offerCatalogs())
        .checkAssert(
            catalog -> {
              for (Offer offer : catalog.offers()) {
                for (Offer candidate : catalog.equivalentAvailableOffers(offer.id())) {
                  assertTrue(candidate.availableForPurchase());
                  assertEquals(OfferMatch.EQUIVALENT, catalog.compare(offer.id(), candidate.id()));
                }
              }
            });
  }

  /** Same or equivalent: users keep every service. */
  private static boolean safe(OfferMatch match) {
    return match == OfferMatch.SAME || match == OfferMatch.EQUIVALENT;
  }
}
