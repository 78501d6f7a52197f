package org.csptransfer.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.csptransfer.core.Channel;
import org.csptransfer.core.Commerce;
import org.csptransfer.core.Disposition;
import org.csptransfer.core.PartnerId;
import org.csptransfer.core.PlannedSubscription;
import org.csptransfer.core.PlannerTransfers;
import org.csptransfer.core.Scenario;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.SubscriptionStatus;
import org.csptransfer.core.Transfer;
import org.csptransfer.core.TransferId;
import org.csptransfer.core.TransitionPolicy;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.planning.ProposedPlan;
import org.csptransfer.rules.planning.TransitionPlanner;
import org.csptransfer.testkit.Samples;
import org.csptransfer.testkit.quicktheories.CoreGens;
import org.junit.jupiter.api.Test;

/** Laws of transfers over generated plans (CONTRACT.md, "Partner-to-partner transfers"). */
class TransferProperties {

  /**
   * Examples per property: 1,000, unless the mutation profile asks for fewer (it runs every
   * covering test once per mutant).
   */
  private static final int EXAMPLES = Integer.getInteger("csptransfer.examples", 1_000);

  private static final PartnerId NORTHWIND = PartnerId.of("7654321");

  private static TransitionPipeline pipeline(Scenario generated) {
    return TransitionPipeline.builder()
        .offers(generated.offers())
        .policy(generated.policy())
        .build();
  }

  /** A generated source made transferable: CSP-held by another partner, new commerce, active. */
  private static Subscription eligible(Subscription source, TransitionRequest request) {
    return Subscription.builder()
        .from(source)
        .channel(Channel.CSP)
        .partnerId(NORTHWIND)
        .commerce(Commerce.NCE)
        .trial(false)
        .status(SubscriptionStatus.ACTIVE)
        .disposition(Disposition.LET_EXPIRE)
        .cancelOn(Optional.empty())
        .pendingTransfer(Optional.empty())
        .parentId(Optional.empty())
        .lastDayOfTerm(
            source.lastDayOfTerm().isAfter(request.asOf())
                ? source.lastDayOfTerm()
                : request.asOf().plusDays(30))
        .build();
  }

  /**
   * The generated customer's known-offer sources, all eligible and transferred in requests of at
   * most the policy's maximum, to Fabrikam, whom the customer accepted, in the customer's region.
   */
  private static TransitionRequest allTransferred(Scenario generated) {
    TransitionRequest request = generated.request();
    List<Subscription> sources = new ArrayList<>();
    for (Subscription source : request.sources()) {
      if (generated.offers().contains(source.offerId())) {
        sources.add(eligible(source, request));
      }
    }
    TransitionRequest.Builder moved =
        TransitionRequest.builder()
            .asOf(request.asOf())
            .partner(Samples.fabrikam().build())
            .customer(Samples.contoso().build())
            .sources(sources);
    int maximum = generated.policy().maxItemsPerTransfer();
    for (int from = 0, request_ = 1; from < sources.size(); from += maximum, request_++) {
      Transfer.Builder transfer =
          Transfer.builder().id(TransferId.of("x" + request_)).date(request.asOf());
      for (Subscription source : sources.subList(from, Math.min(sources.size(), from + maximum))) {
        transfer.addSourceId(source.id());
      }
      moved.addTransfer(transfer.build());
    }
    return moved.build();
  }

  @Test
  void aPlanTransferringEveryEligibleSourceIsApprovedWithNoFinding() {
    qt().withExamples(EXAMPLES)
        .forAll(CoreGens.scenarios())
        .checkAssert(
            generated -> {
              TransitionDecision decision = pipeline(generated).evaluate(allTransferred(generated));
              assertEquals(List.of(), decision.findings());
              assertEquals(Verdict.APPROVED, decision.verdict());
            });
  }

  /** Timing and seat findings: what moving a source to a transfer must never add. */
  private static Set<String> timingAndSeats(TransitionDecision decision) {
    Set<String> findings = new HashSet<>();
    for (Finding finding : decision.findings()) {
      if (finding.rule().equals(StandardRule.TIMING.id())
          || finding.rule().equals(StandardRule.LICENSE_COUNT.id())) {
        findings.add(finding.code() + finding.subjects());
      }
    }
    return findings;
  }

  @Test
  void movingASourceFromItsOwnReplacementToATransferAddsNoTimingOrSeatFinding() {
    qt().withExamples(EXAMPLES)
        .forAll(CoreGens.scenarios())
        .checkAssert(
            generated -> {
              TransitionRequest request = generated.request();
              for (Subscription source : request.sources()) {
                List<PlannedSubscription> own = ownTargets(request, source.id());
                if (own.isEmpty()) {
                  continue;
                }
                TransitionRequest replaced = withEligible(request, source);
                TransitionRequest transferred = transferredInstead(replaced, source.id(), own);
                Set<String> before = timingAndSeats(pipeline(generated).evaluate(replaced));
                Set<String> after = timingAndSeats(pipeline(generated).evaluate(transferred));
                assertTrue(before.containsAll(after), () -> after + " not in " + before);
                return;
              }
            });
  }

  /** The targets that replace this source and nothing else, with the targets stacked on them. */
  private static List<PlannedSubscription> ownTargets(
      TransitionRequest request, SubscriptionId id) {
    List<PlannedSubscription> own = new ArrayList<>();
    Set<SubscriptionId> ownIds = new HashSet<>();
    for (PlannedSubscription target : request.targets()) {
      if (target.replacedSourceIds().equals(List.of(id))) {
        own.add(target);
        ownIds.add(target.id());
      }
    }
    boolean alone =
        request.targets().stream()
            .filter(target -> !ownIds.contains(target.id()))
            .noneMatch(target -> target.replacedSourceIds().contains(id));
    if (!alone) {
      return List.of();
    }
    for (PlannedSubscription target : request.targets()) {
      if (target.stacksOn().isPresent() && ownIds.contains(target.stacksOn().get())) {
        own.add(target);
      }
    }
    return own;
  }

  private static TransitionRequest withEligible(TransitionRequest request, Subscription source) {
    List<Subscription> sources = new ArrayList<>();
    for (Subscription each : request.sources()) {
      sources.add(
          each.id().equals(source.id())
              ? Subscription.builder()
                  .from(eligible(each, request))
                  .parentId(each.parentId())
                  .build()
              : each);
    }
    List<Subscription> noChildren = new ArrayList<>();
    for (Subscription each : sources) {
      noChildren.add(
          each.parentId().equals(Optional.of(source.id()))
              ? Subscription.builder().from(each).parentId(Optional.empty()).build()
              : each);
    }
    return TransitionRequest.builder()
        .from(request)
        .sources(noChildren)
        .transfers(withoutSource(request.transfers(), source.id()))
        .build();
  }

  private static List<Transfer> withoutSource(List<Transfer> transfers, SubscriptionId id) {
    List<Transfer> kept = new ArrayList<>();
    for (Transfer transfer : transfers) {
      List<SubscriptionId> sources = new ArrayList<>(transfer.sourceIds());
      sources.remove(id);
      kept.add(Transfer.builder().from(transfer).sourceIds(sources).build());
    }
    return kept;
  }

  private static TransitionRequest transferredInstead(
      TransitionRequest request, SubscriptionId id, List<PlannedSubscription> own) {
    List<PlannedSubscription> targets = new ArrayList<>(request.targets());
    targets.removeAll(own);
    Subscription source = request.source(id).orElseThrow();
    return TransitionRequest.builder()
        .from(request)
        .sources(
            request.sources().stream()
                .map(
                    each ->
                        each.equals(source)
                            ? Subscription.builder().from(each).parentId(Optional.empty()).build()
                            : each)
                .toList())
        .targets(targets)
        .addTransfer(
            Transfer.builder()
                .id(TransferId.of("moved-instead"))
                .date(request.asOf())
                .addSourceId(id)
                .build())
        .build();
  }

  @Test
  void thePlannersProposalNeverRaisesATransferCode() {
    qt().withExamples(EXAMPLES)
        .forAll(CoreGens.scenarios())
        .checkAssert(
            generated -> {
              ProposedPlan plan =
                  TransitionPlanner.of(pipeline(generated)).plan(generated.request());
              for (Finding finding : plan.decision().findings()) {
                assertTrue(!finding.rule().equals(StandardRule.TRANSFER.id()), finding::toString);
              }
            });
  }

  @Test
  void withNeverThePlannerTransfersNothingAndWithNothingTransferableBothAgree() {
    qt().withExamples(EXAMPLES)
        .forAll(CoreGens.scenarios())
        .checkAssert(
            generated -> {
              TransitionPolicy never =
                  TransitionPolicy.builder()
                      .from(generated.policy())
                      .plannerTransfers(PlannerTransfers.NEVER)
                      .build();
              TransitionPipeline pipeline =
                  TransitionPipeline.builder().offers(generated.offers()).policy(never).build();
              ProposedPlan neverPlan = TransitionPlanner.of(pipeline).plan(generated.request());
              assertEquals(List.of(), neverPlan.transfers());
              ProposedPlan preferPlan =
                  TransitionPlanner.of(pipeline(generated)).plan(generated.request());
              if (preferPlan.transfers().isEmpty()) {
                assertEquals(neverPlan.targets(), preferPlan.targets());
                assertEquals(neverPlan.decision(), preferPlan.decision());
              }
            });
  }
}
