package org.csptransfer.testkit.quicktheories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.csptransfer.core.Offer;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.OfferMatch;
import org.csptransfer.core.ServicePlanTier;
import org.csptransfer.core.ServicePlanTiers;
import org.junit.jupiter.api.Test;

/** Laws of coverage (CONTRACT.md, "Service plans") that hold for every catalog. */
class OfferCatalogProperties {

  private static final int EXAMPLES = 1_000;

  private static Offer nth(OfferCatalog catalog, int index) {
    return catalog.offers().get(index % catalog.offers().size());
  }

  private static boolean covers(OfferCatalog catalog, Offer source, Offer... targets) {
    List<org.csptransfer.core.OfferId> ids = new ArrayList<>();
    for (Offer target : targets) {
      ids.add(target.id());
    }
    return catalog.uncoveredPlans(source.id(), ids).isEmpty();
  }

  @Test
  void coverageIsReflexive() {
    qt().withExamples(EXAMPLES)
        .forAll(CoreGens.offerCatalogs())
        .checkAssert(
            catalog -> {
              for (Offer offer : catalog.offers()) {
                assertEquals(OfferMatch.SAME, catalog.compare(offer.id(), offer.id()));
                assertTrue(covers(catalog, offer, offer));
              }
            });
  }

  @Test
  void coverageIsTransitive() {
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
              if (covers(catalog, a, b) && covers(catalog, b, c)) {
                assertTrue(covers(catalog, a, c));
              }
            });
  }

  @Test
  void raisingAPlanToAHigherTierOfItsFamilyNeverRemovesCoverage() {
    ServicePlanTiers tiers = ServicePlanTiers.standard();
    qt().withExamples(EXAMPLES)
        .forAll(CoreGens.offerCatalogs(), integers().between(0, 99), integers().between(0, 99))
        .checkAssert(
            (catalog, i, j) -> {
              Offer source = nth(catalog, i);
              Offer target = nth(catalog, j);
              Optional<Offer> raised = raiseOnePlan(target, tiers);
              if (raised.isEmpty() || source.equals(target)) {
                return;
              }
              List<Offer> offers = new ArrayList<>(catalog.offers());
              offers.set(offers.indexOf(target), raised.get());
              OfferCatalog after = OfferCatalog.of(offers);
              Set<String> before =
                  new HashSet<>(catalog.uncoveredPlans(source.id(), List.of(target.id())));
              Set<String> now =
                  new HashSet<>(after.uncoveredPlans(source.id(), List.of(target.id())));
              assertTrue(before.containsAll(now), before + " vs " + now);
            });
  }

  /** The offer with its first tiered plan replaced by the top plan of that plan's family. */
  private static Optional<Offer> raiseOnePlan(Offer offer, ServicePlanTiers tiers) {
    for (String plan : offer.servicePlans()) {
      Optional<ServicePlanTier> tier = tiers.tierOf(plan);
      if (tier.isEmpty()) {
        continue;
      }
      Optional<ServicePlanTier> top =
          tiers.tiers().stream()
              .filter(other -> other.family().equals(tier.get().family()))
              .max((a, b) -> Integer.compare(a.rank(), b.rank()));
      if (top.isPresent() && top.get().rank() > tier.get().rank()) {
        Set<String> plans = new HashSet<>(offer.servicePlans());
        plans.remove(plan);
        plans.add(top.get().plan());
        return Optional.of(Offer.builder().from(offer).servicePlans(plans).build());
      }
    }
    return Optional.empty();
  }

  @Test
  void addingATargetNeverRemovesCoverage() {
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
              Set<String> alone = new HashSet<>(catalog.uncoveredPlans(a.id(), List.of(b.id())));
              Set<String> stacked =
                  new HashSet<>(catalog.uncoveredPlans(a.id(), List.of(b.id(), c.id())));
              assertTrue(alone.containsAll(stacked));
              if (covers(catalog, a, b)) {
                assertTrue(covers(catalog, a, b, c));
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
  void everyReplacementKeepsTheDataAndCanBeBoughtAndFullCoverageComesFirst() {
    qt().withExamples(EXAMPLES)
        .forAll(CoreGens.offerCatalogs())
        .checkAssert(
            catalog -> {
              for (Offer offer : catalog.offers()) {
                boolean droppedSeen = false;
                for (Offer candidate : catalog.replacementsFor(offer.id())) {
                  assertTrue(candidate.isPurchasable());
                  assertEquals(offer.addOn(), candidate.addOn());
                  OfferMatch match = catalog.compare(offer.id(), candidate.id());
                  assertTrue(match.keepsData(), match::toString);
                  if (match == OfferMatch.FEATURES_DROPPED) {
                    droppedSeen = true;
                  } else {
                    assertTrue(!droppedSeen, "a full cover after one dropping features");
                  }
                }
              }
            });
  }
}
