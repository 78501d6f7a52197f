package org.csptransfer.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.csptransfer.core.Limits;
import org.csptransfer.core.Partner;
import org.csptransfer.core.PlannedSubscription;
import org.csptransfer.core.Region;
import org.csptransfer.core.Scenario;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.action.RequiredAction;
import org.csptransfer.testkit.CoreSamplers;
import org.csptransfer.testkit.RequestChanges;
import org.csptransfer.testkit.quicktheories.CoreGens;
import org.junit.jupiter.api.Test;

/** Laws every evaluation obeys, over generated scenarios. */
class PipelineProperties {

  /**
   * Examples per property: 1,000, unless the mutation profile asks for fewer (it runs every
   * covering test once per mutant).
   */
  private static final int EXAMPLES = Integer.getInteger("csptransfer.examples", 1_000);

  private static TransitionPipeline pipelineFor(Scenario generated) {
    return TransitionPipeline.builder()
        .offers(generated.offers())
        .policy(generated.policy())
        .build();
  }

  private static TransitionDecision evaluate(Scenario generated) {
    return pipelineFor(generated).evaluate(generated.request());
  }

  @Test
  void evaluationNeverThrowsAndCoversEverySourceAndRule() {
    qt().withExamples(EXAMPLES)
        .forAll(CoreGens.scenarios())
        .checkAssert(
            generated -> {
              TransitionDecision decision = evaluate(generated);
              assertEquals(generated.request().sources().size(), decision.timeline().size());
              assertEquals(6, decision.trace().size());
            });
  }

  @Test
  void generatedCasesRaiseEveryCodeSoThatTheLawsAreTestedOnEveryPath() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(2026);
    java.util.EnumSet<FindingCode> seen = java.util.EnumSet.noneOf(FindingCode.class);
    for (int i = 0; i < 3_000 && seen.size() < FindingCode.values().length; i++) {
      TransitionDecision decision = evaluate(CoreSamplers.scenarios().sample(random));
      decision.codes().forEach(code -> seen.add(FindingCode.valueOf(code)));
    }
    assertEquals(java.util.EnumSet.allOf(FindingCode.class), seen);
  }

  @Test
  void theRunbookIsInDateOrderKindOrderOnADayAndNeverChangesTheVerdict() {
    qt().withExamples(EXAMPLES)
        .forAll(CoreGens.scenarios())
        .checkAssert(
            generated -> {
              TransitionDecision decision = evaluate(generated);
              List<RunbookStep> runbook = decision.runbook();
              for (int i = 1; i < runbook.size(); i++) {
                RunbookStep before = runbook.get(i - 1);
                RunbookStep after = runbook.get(i);
                int order =
                    before.date().isEmpty()
                        ? (after.date().isEmpty() ? 0 : -1)
                        : after.date().isEmpty()
                            ? 1
                            : before.date().get().compareTo(after.date().get());
                assertTrue(order <= 0, () -> runbook.toString());
                if (order == 0) {
                  assertTrue(before.kind().compareTo(after.kind()) <= 0, () -> runbook.toString());
                }
                assertEquals(
                    after.actor() == Actor.CURRENT_PARTNER, after.actorPartnerId().isPresent());
              }
              assertEquals(
                  decision.has(FindingCode.AUTO_RENEWAL_ON),
                  runbook.stream()
                      .anyMatch(step -> step.kind() == RunbookStep.Kind.TURN_OFF_AUTO_RENEW));
              assertEquals(Verdict.of(decision.findings(), decision.actions()), decision.verdict());
            });
  }

  @Test
  void evaluationIsDeterministic() {
    qt().withExamples(EXAMPLES)
        .forAll(CoreGens.scenarios())
        .checkAssert(generated -> assertEquals(evaluate(generated), evaluate(generated)));
  }

  @Test
  void verdictFollowsFromTheSeverities() {
    qt().withExamples(EXAMPLES)
        .forAll(CoreGens.scenarios())
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
        .forAll(CoreGens.scenarios(), integers().all())
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
        .forAll(CoreGens.scenarios(), integers().between(0, 99), integers().between(1, 500))
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
                      .quantity(Math.min(Limits.MAX_QUANTITY, target.quantity() + seats))
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
        .forAll(CoreGens.scenarios())
        .checkAssert(
            generated -> {
              TransitionRequest request = generated.request();
              TransitionPipeline pipeline = pipelineFor(generated);
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
        .forAll(CoreGens.scenarios())
        .checkAssert(
            generated -> {
              TransitionPipeline collect = pipelineFor(generated);
              TransitionPipeline stop =
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

  @Test
  void shiftingEveryDateByTheSameDaysChangesNoCode() {
    qt().withExamples(EXAMPLES)
        .forAll(CoreGens.scenarios(), integers().between(-20_000, 20_000))
        .checkAssert(
            (generated, wished) -> {
              TransitionRequest request = generated.request();
              long days = RequestChanges.feasibleShift(request, wished);
              TransitionDecision shifted =
                  evaluate(generated.withRequest(RequestChanges.shifted(request, days)));
              assertEquals(evaluate(generated).codes(), shifted.codes(), () -> "shift " + days);
            });
  }

  @Test
  void renamingIdsConsistentlyChangesNoCode() {
    qt().withExamples(EXAMPLES)
        .forAll(CoreGens.scenarios())
        .checkAssert(
            generated -> {
              TransitionDecision renamed =
                  evaluate(generated.withRequest(RequestChanges.renamed(generated.request())));
              assertEquals(sorted(evaluate(generated).codes()), sorted(renamed.codes()));
              assertEquals(evaluate(generated).verdict(), renamed.verdict());
            });
  }

  private static List<String> sorted(List<String> codes) {
    List<String> copy = new ArrayList<>(codes);
    copy.sort(null);
    return copy;
  }

  @Test
  void removingARuleRemovesOnlyItsFindings() {
    qt().withExamples(EXAMPLES)
        .forAll(CoreGens.scenarios(), arbitrary().enumValues(StandardRule.class))
        .checkAssert(
            (generated, rule) -> {
              String removed = rule.id();
              TransitionPipeline all = pipelineFor(generated);
              TransitionDecision before = all.evaluate(generated.request());
              TransitionDecision after =
                  all.toBuilder().removeRule(removed).build().evaluate(generated.request());
              assertEquals(
                  before.findings().stream().filter(f -> !f.rule().equals(removed)).toList(),
                  after.findings());
              assertEquals(before.timeline(), after.timeline());
            });
  }

  @Test
  void doingWhatAnActionSaysClearsTheFindingItAnswers() {
    qt().withExamples(EXAMPLES)
        .forAll(CoreGens.scenarios())
        .checkAssert(
            generated -> {
              TransitionPipeline pipeline = pipelineFor(generated);
              for (Finding finding : pipeline.evaluate(generated.request()).findings()) {
                if (finding.action().isEmpty()) {
                  continue;
                }
                RequiredAction action = finding.action().get();
                Optional<TransitionRequest> done =
                    Actions.apply(action, generated.request(), pipeline.offers());
                if (done.isEmpty()) {
                  // Reassigning users is a step of carrying the plan out: a warning, never an
                  // error.
                  assertEquals(Severity.WARNING, finding.severity(), finding::toString);
                  continue;
                }
                List<Object> answered = identity(finding);
                assertTrue(
                    pipeline.evaluate(done.get()).findings().stream()
                        .noneMatch(after -> identity(after).equals(answered)),
                    () -> action + " did not clear " + finding);
              }
            });
  }

  @Test
  void generatedCasesCallForEveryKindOfActionSoThatTheLawAboveIsNotVacuous() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(2026);
    java.util.EnumSet<RequiredAction.Kind> seen =
        java.util.EnumSet.noneOf(RequiredAction.Kind.class);
    for (int i = 0; i < 3_000 && seen.size() < RequiredAction.Kind.values().length; i++) {
      evaluate(CoreSamplers.scenarios().sample(random))
          .findings()
          .forEach(finding -> finding.action().ifPresent(action -> seen.add(action.kind())));
    }
    assertEquals(java.util.EnumSet.allOf(RequiredAction.Kind.class), seen);
  }

  /** What a finding is about: its code and subjects, or for a group its code and sources. */
  private static List<Object> identity(Finding finding) {
    if (finding.is(FindingCode.LICENSE_SHORTFALL)
        || finding.is(FindingCode.LICENSE_COUNT_CHANGED)) {
      return List.of(finding.code(), finding.arguments().get("sources"));
    }
    return List.of(finding.code(), finding.subjects());
  }

  @Test
  void stackingATargetNeverAddsSeatsToAGroupsSums() {
    qt().withExamples(EXAMPLES)
        .forAll(CoreGens.scenarios(), integers().between(0, 99), integers().between(0, 500))
        .assuming(
            (generated, index, seats) ->
                generated.request().targets().stream().anyMatch(t -> !t.isStacked()))
        .checkAssert(
            (generated, index, seats) -> {
              TransitionRequest request = generated.request();
              List<PlannedSubscription> bases =
                  request.targets().stream().filter(t -> !t.isStacked()).toList();
              PlannedSubscription base = bases.get(index % bases.size());
              List<PlannedSubscription> targets = new ArrayList<>(request.targets());
              targets.add(
                  PlannedSubscription.builder()
                      .from(base)
                      .id(org.csptransfer.core.SubscriptionId.of("stacked-extra"))
                      .quantity(seats)
                      .replacedSourceIds(List.of())
                      .stacksOn(base.id())
                      .build());
              TransitionRequest stacked =
                  TransitionRequest.builder().from(request).targets(targets).build();
              assertEquals(
                  groupSums(evaluate(generated)),
                  groupSums(evaluate(generated.withRequest(stacked))));
            });
  }

  private static List<Object> groupSums(TransitionDecision decision) {
    return decision.findings().stream()
        .filter(f -> f.is(FindingCode.LICENSE_SHORTFALL) || f.is(FindingCode.LICENSE_COUNT_CHANGED))
        .map(f -> (Object) List.of(f.code(), f.arguments()))
        .toList();
  }
}
