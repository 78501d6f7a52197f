package org.csptransfer.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.PlannedSubscription;
import org.csptransfer.core.Relationship;
import org.csptransfer.core.RelationshipStatus;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.SubscriptionStatus;
import org.csptransfer.core.TransitionRequest;
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
        .forAll(CoreGens.transitionCases())
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
        .forAll(CoreGens.plannableCases())
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
                assertTrue(!source.termEnd().isBefore(request.asOf()));
                assertTrue(generated.offers().contains(source.offerId()));
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
      TransitionCase generated = CoreSamplers.transitionCases().sample(random);
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
  void samplersAreDeterministicForTheSameSeed() {
    TransitionCase first = CoreSamplers.transitionCases().sample(new SplittableRandom(7));
    TransitionCase second = CoreSamplers.transitionCases().sample(new SplittableRandom(7));
    assertEquals(first, second);
  }
}
