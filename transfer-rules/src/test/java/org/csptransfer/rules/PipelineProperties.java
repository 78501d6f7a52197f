package org.csptransfer.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.csptransfer.core.Partner;
import org.csptransfer.core.PlannedSubscription;
import org.csptransfer.core.Region;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.testkit.CoreGens;
import org.csptransfer.testkit.CoreSamplers;
import org.csptransfer.testkit.TransitionCase;
import org.junit.jupiter.api.Test;

/** Laws every evaluation obeys, over generated transition cases. */
class PipelineProperties {

  private static final int EXAMPLES = 1_000;

  private static TransferPipeline pipelineFor(TransitionCase generated) {
    return TransferPipeline.builder().offers(generated.offers()).policy(generated.policy()).build();
  }

  private static TransitionDecision evaluate(TransitionCase generated) {
    return pipelineFor(generated).evaluate(generated.request());
  }

  @Test
  void evaluationNeverThrowsAndCoversEverySourceAndRule() {
    qt().withExamples(EXAMPLES)
        .forAll(CoreGens.transitionCases())
        .checkAssert(
            generated -> {
              TransitionDecision decision = evaluate(generated);
              assertEquals(generated.request().sources().size(), decision.timeline().size());
              assertEquals(5, decision.trace().size());
            });
  }

  @Test
  void generatedCasesRaiseEveryCodeSoThatTheLawsAreTestedOnEveryPath() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(2026);
    java.util.EnumSet<FindingCode> seen = java.util.EnumSet.noneOf(FindingCode.class);
    for (int i = 0; i < 3 * EXAMPLES && seen.size() < FindingCode.values().length; i++) {
      TransitionDecision decision = evaluate(CoreSamplers.transitionCases().sample(random));
      decision.codes().forEach(code -> seen.add(FindingCode.valueOf(code)));
    }
    assertEquals(java.util.EnumSet.allOf(FindingCode.class), seen);
  }

  @Test
  void evaluationIsDeterministic() {
    qt().withExamples(EXAMPLES)
        .forAll(CoreGens.transitionCases())
        .checkAssert(generated -> assertEquals(evaluate(generated), evaluate(generated)));
  }

  @Test
  void verdictFollowsFromTheSeverities() {
    qt().withExamples(EXAMPLES)
        .forAll(CoreGens.transitionCases())
        .checkAssert(
            generated -> {
              TransitionDecision decision = evaluate(generated);
              boolean error =
                  decision.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
              boolean warning =
                  decision.findings().stream().anyMatch(f -> f.severity() == Severity.WARNING);
              Verdict expected =
                  error
                      ? Verdict.REJECTED
                      : warning || !decision.actions().isEmpty()
                          ? Verdict.APPROVED_WITH_ACTIONS
                          : Verdict.APPROVED;
              assertEquals(expected, decision.verdict());
            });
  }

  @Test
  void reorderingSourcesAndTargetsChangesNeitherVerdictNorCodes() {
    qt().withExamples(EXAMPLES)
        .forAll(CoreGens.transitionCases(), integers().all())
        .checkAssert(
            (generated, seed) -> {
              TransitionRequest request = generated.request();
              List<Subscription> sources = new ArrayList<>(request.sources());
              List<PlannedSubscription> targets = new ArrayList<>(request.targets());
              Random random = new Random(seed);
              Collections.shuffle(sources, random);
              Collections.shuffle(targets, random);
              TransitionRequest reordered =
                  TransitionRequest.builder()
                      .from(request)
                      .sources(sources)
                      .targets(targets)
                      .build();
              TransitionDecision before = evaluate(generated);
              TransitionDecision after = evaluate(generated.withRequest(reordered));
              assertEquals(before.verdict(), after.verdict());
              assertEquals(before.codes(), after.codes());
            });
  }

  @Test
  void addingSeatsToATargetNeverAddsAShortfall() {
    qt().withExamples(EXAMPLES)
        .forAll(CoreGens.transitionCases(), integers().between(0, 99), integers().between(1, 500))
        .assuming((generated, index, seats) -> !generated.request().targets().isEmpty())
        .checkAssert(
            (generated, index, seats) -> {
              TransitionRequest request = generated.request();
              List<PlannedSubscription> targets = new ArrayList<>(request.targets());
              int chosen = index % targets.size();
              PlannedSubscription target = targets.get(chosen);
              targets.set(
                  chosen,
                  PlannedSubscription.builder()
                      .from(target)
                      .quantity(target.quantity() + seats)
                      .build());
              TransitionRequest more =
                  TransitionRequest.builder().from(request).targets(targets).build();
              List<List<String>> before = shortfalls(evaluate(generated));
              List<List<String>> after = shortfalls(evaluate(generated.withRequest(more)));
              assertTrue(before.containsAll(after), () -> before + " -> " + after);
            });
  }

  private static List<List<String>> shortfalls(TransitionDecision decision) {
    return decision.findings(FindingCode.LICENSE_SHORTFALL).stream()
        .map(Finding::subjects)
        .toList();
  }

  @Test
  void authorizingThePartnerForTheTenantsRegionRemovesTheMismatchAndNothingElse() {
    qt().withExamples(EXAMPLES)
        .forAll(CoreGens.transitionCases())
        .checkAssert(
            generated -> {
              TransitionRequest request = generated.request();
              TransferPipeline pipeline = pipelineFor(generated);
              Optional<Region> tenantRegion =
                  pipeline.regions().regionOf(request.customer().country());
              if (tenantRegion.isEmpty()) {
                return;
              }
              Partner authorized =
                  Partner.builder()
                      .from(request.partner())
                      .regions(request.partner().authorizedRegions(pipeline.regions()))
                      .addRegion(tenantRegion.get())
                      .build();
              TransitionDecision before = pipeline.evaluate(request);
              TransitionDecision after =
                  pipeline.evaluate(
                      TransitionRequest.builder().from(request).partner(authorized).build());
              assertFalse(after.has(FindingCode.REGION_MISMATCH));
              assertEquals(
                  before.findings().stream()
                      .filter(f -> !f.is(FindingCode.REGION_MISMATCH))
                      .toList(),
                  after.findings());
            });
  }

  @Test
  void stopAtFirstErrorReturnsASubsetWithTheSameFirstError() {
    qt().withExamples(EXAMPLES)
        .forAll(CoreGens.transitionCases())
        .checkAssert(
            generated -> {
              TransferPipeline collect = pipelineFor(generated);
              TransferPipeline stop =
                  collect.toBuilder().mode(EvaluationMode.STOP_AT_FIRST_ERROR).build();
              TransitionDecision all = collect.evaluate(generated.request());
              TransitionDecision first = stop.evaluate(generated.request());
              assertTrue(all.findings().containsAll(first.findings()));
              assertEquals(all.verdict() == Verdict.REJECTED, first.verdict() == Verdict.REJECTED);
              assertEquals(firstError(all), firstError(first));
            });
  }

  private static Optional<Finding> firstError(TransitionDecision decision) {
    return decision.findings().stream().filter(f -> f.severity() == Severity.ERROR).findFirst();
  }
}
