package org.csptransfer.testkit.quicktheories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.csptransfer.core.Limits;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.PlannedSubscription;
import org.csptransfer.core.Relationship;
import org.csptransfer.core.RelationshipStatus;
import org.csptransfer.core.Scenario;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.SubscriptionStatus;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.testkit.CoreSamplers;
import org.junit.jupiter.api.Test;

/** Every generated value is valid: rebuilding it from its parts passes every structural check. */
class GeneratorProperties {

  private static final int EXAMPLES = 1_000;

  @Test
  void everyGeneratedRequestRebuildsWithoutError() {
    qt().withExamples(EXAMPLES)
        .forAll(CoreGens.requests())
        .checkAssert(
            request -> assertEquals(request, TransitionRequest.builder().from(request).build()));
  }

  @Test
  void everyTargetOfAGeneratedCaseReplacesSourcesOfItsRequest() {
    qt().withExamples(EXAMPLES)
        .forAll(CoreGens.scenarios())
        .checkAssert(
            generated -> {
              TransitionRequest request = generated.request();
              for (PlannedSubscription target : request.targets()) {
                for (SubscriptionId replaced : target.replacedSourceIds()) {
                  assertTrue(request.source(replaced).isPresent(), replaced::toString);
                }
              }
              for (Subscription source : request.sources()) {
                assertTrue(source.assignedLicenses() <= source.quantity());
              }
            });
  }

  @Test
  void everyPlannableCaseKeepsItsPromises() {
    qt().withExamples(EXAMPLES)
        .forAll(CoreGens.plannableScenarios())
        .checkAssert(
            generated -> {
              TransitionRequest request = generated.request();
              assertEquals(
                  Optional.of(RelationshipStatus.ACCEPTED),
                  request
                      .customer()
                      .relationshipWith(request.partner().id())
                      .map(Relationship::status));
              assertTrue(request.targets().isEmpty());
              for (Subscription source : request.sources()) {
                assertEquals(SubscriptionStatus.ACTIVE, source.status());
                assertTrue(!source.lastDayOfTerm().isBefore(request.asOf()));
                assertTrue(generated.offers().contains(source.offerId()));
                assertTrue(!generated.offers().replacementsFor(source.offerId()).isEmpty());
              }
            });
  }

  @Test
  void generatedCatalogsAreNeverEmpty() {
    qt().withExamples(EXAMPLES)
        .forAll(CoreGens.offerCatalogs())
        .checkAssert(catalog -> assertTrue(catalog.offers().size() >= 2));
  }

  @Test
  void generatedCasesCoverTheSituationsThatMatter() {
    RandomGenerator random = new SplittableRandom(42);
    int withTargets = 0;
    int withSplitOrMerge = 0;
    int withUnknownOffer = 0;
    for (int i = 0; i < EXAMPLES; i++) {
      Scenario generated = CoreSamplers.scenarios().sample(random);
      TransitionRequest request = generated.request();
      OfferCatalog offers = generated.offers();
      withTargets += request.targets().isEmpty() ? 0 : 1;
      withSplitOrMerge +=
          request.targets().stream().anyMatch(t -> t.replacedSourceIds().size() > 1) ? 1 : 0;
      withUnknownOffer +=
          request.sources().stream().anyMatch(s -> !offers.contains(s.offerId())) ? 1 : 0;
    }
    // Not a statistical test: each kind must simply show up regularly.
    assertTrue(withTargets > EXAMPLES / 2, "requests with targets: " + withTargets);
    assertTrue(withSplitOrMerge > EXAMPLES / 20, "targets replacing several: " + withSplitOrMerge);
    assertTrue(withUnknownOffer > EXAMPLES / 50, "unknown source offers: " + withUnknownOffer);
  }

  @Test
  void generatedCasesReachTheContractsWholeRange() {
    RandomGenerator random = new SplittableRandom(43);
    int manySources = 0;
    int hugeSeats = 0;
    int withTransfers = 0;
    int withStacks = 0;
    int farYears = 0;
    int extremePolicies = 0;
    for (int i = 0; i < EXAMPLES; i++) {
      Scenario generated = CoreSamplers.scenarios().sample(random);
      TransitionRequest request = generated.request();
      manySources += request.sources().size() > 6 ? 1 : 0;
      hugeSeats += request.sources().stream().anyMatch(s -> s.quantity() > 10_000) ? 1 : 0;
      withTransfers += request.transfers().isEmpty() ? 0 : 1;
      withStacks += request.targets().stream().anyMatch(t -> t.isStacked()) ? 1 : 0;
      farYears += request.asOf().getYear() < 2024 || request.asOf().getYear() > 2029 ? 1 : 0;
      extremePolicies +=
          generated.policy().disabledDays().equals(OptionalInt.of(Limits.MAX_POLICY_DAYS))
                  || generated.policy().maxItemsPerTransfer() == 1
              ? 1
              : 0;
    }
    assertTrue(manySources > EXAMPLES / 50, "many sources: " + manySources);
    assertTrue(hugeSeats > EXAMPLES / 50, "huge seat counts: " + hugeSeats);
    assertTrue(withTransfers > EXAMPLES / 5, "transfers: " + withTransfers);
    assertTrue(withStacks > EXAMPLES / 10, "stacked targets: " + withStacks);
    assertTrue(farYears > EXAMPLES / 10, "years far from today: " + farYears);
    assertTrue(extremePolicies > EXAMPLES / 20, "extreme policies: " + extremePolicies);
  }

  @Test
  void samplersAreDeterministicForTheSameSeed() {
    Scenario first = CoreSamplers.scenarios().sample(new SplittableRandom(7));
    Scenario second = CoreSamplers.scenarios().sample(new SplittableRandom(7));
    assertEquals(first, second);
  }
}
