package org.csptransfer.benchmarks.peers;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.RegionCatalog;
import org.csptransfer.core.TransitionPolicy;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.FindingCode;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;
import org.jspecify.annotations.Nullable;

/**
 * The standard checks as Easy Rules 4.1 rules, written the way its documentation shows: one rule
 * per finding code, a condition over the facts and an action that records the code. The facts are
 * the plan's {@link PlanFacts} and the set of codes found.
 */
public final class EasyRulesCheck {

  private static final String PLAN = "plan";
  private static final String FOUND = "found";

  private final OfferCatalog offers;
  private final RegionCatalog regions;
  private final TransitionPolicy policy;
  private final Rules rules = new Rules();
  private final RulesEngine engine = new DefaultRulesEngine();

  /**
   * Creates the check.
   *
   * @param offers the offer catalog
   * @param regions the region table
   * @param policy the policy
   */
  public EasyRulesCheck(OfferCatalog offers, RegionCatalog regions, TransitionPolicy policy) {
    this.offers = offers;
    this.regions = regions;
    this.policy = policy;
    register(FindingCode.RELATIONSHIP_MISSING, f -> f.plan.getRelationship().equals("NONE"));
    register(FindingCode.RELATIONSHIP_PENDING, f -> f.plan.getRelationship().equals("INVITED"));
    register(
        FindingCode.SAME_PARTNER,
        f -> f.sources.stream().anyMatch(PlanFacts.SourceFact::isHeldByTargetPartner));
    register(FindingCode.UNSUPPORTED_MARKET, f -> !f.plan.isTenantRegionKnown());
    register(
        FindingCode.REGION_MISMATCH,
        f -> f.plan.isTenantRegionKnown() && !f.plan.isPartnerAuthorized());
    register(
        FindingCode.UNKNOWN_OFFER,
        f ->
            f.sources.stream().anyMatch(s -> f.offer(s.getOfferId()) == null)
                || f.targets.stream().anyMatch(t -> f.offer(t.getOfferId()) == null));
    register(
        FindingCode.SOURCE_NOT_COVERED,
        f ->
            f.sources.stream()
                .anyMatch(
                    s ->
                        (s.getStatus().equals("ACTIVE") || s.getStatus().equals("EXPIRED"))
                            && s.getAssigned() > 0
                            && !s.isReplaced()));
    register(
        FindingCode.OFFER_NOT_AVAILABLE,
        f ->
            f.targets.stream()
                .map(t -> f.offer(t.getOfferId()))
                .anyMatch(o -> o != null && !o.isAvailable()));
    register(
        FindingCode.ADDON_WITHOUT_BASE,
        f ->
            f.targets.stream()
                .anyMatch(
                    t -> {
                      PlanFacts.OfferFact offer = f.offer(t.getOfferId());
                      return offer != null
                          && offer.isAddOn()
                          && offer.getPrerequisiteCount() > 0
                          && f.prerequisites.stream()
                              .filter(p -> p.getOfferId().equals(offer.getId()))
                              .noneMatch(
                                  p ->
                                      f.targets.stream()
                                          .anyMatch(b -> b.getOfferId().equals(p.getBaseId())));
                    }));
    register(
        FindingCode.OFFER_NOT_EQUIVALENT,
        f -> f.pairs.stream().anyMatch(p -> differ(f, p) && !covers(f, p)));
    register(
        FindingCode.LICENSE_REASSIGNMENT_REQUIRED,
        f -> f.pairs.stream().anyMatch(p -> differ(f, p) && covers(f, p)));
    register(
        FindingCode.SOURCE_OFFER_DISCONTINUED,
        f ->
            f.pairs.stream()
                .anyMatch(
                    p -> {
                      PlanFacts.OfferFact source = f.offer(p.getSourceOfferId());
                      return differ(f, p)
                          && covers(f, p)
                          && source != null
                          && !source.isAvailable();
                    }));
    register(
        FindingCode.LICENSE_SHORTFALL,
        f -> f.groups.stream().anyMatch(g -> compared(g) && g.getSeats() < g.getAssigned()));
    register(
        FindingCode.LICENSE_COUNT_CHANGED,
        f ->
            f.groups.stream()
                .anyMatch(
                    g ->
                        compared(g)
                            && g.getSeats() >= g.getAssigned()
                            && g.getSeats() != g.getPurchased()));
    register(
        FindingCode.QUANTITY_OUT_OF_RANGE,
        f ->
            f.targets.stream()
                .anyMatch(
                    t -> {
                      PlanFacts.OfferFact offer = f.offer(t.getOfferId());
                      return offer != null
                          && (t.getQuantity() < offer.getMinQuantity()
                              || t.getQuantity() > offer.getMaxQuantity());
                    }));
    register(
        FindingCode.SOURCE_INACTIVE,
        f -> f.sources.stream().anyMatch(s -> s.isReplaced() && !s.getStatus().equals("ACTIVE")));
    register(
        FindingCode.EARLY_CANCELLATION,
        f ->
            f.sources.stream()
                .anyMatch(
                    s ->
                        s.isCancelled()
                            && s.getDaysCancelledEarly() > 0
                            && s.getDaysRefundableAfterCancel() < 0));
    register(
        FindingCode.OVERLAP_DOUBLE_BILLING,
        f ->
            f.pairs.stream().anyMatch(p -> -p.getDaysFromEndToStart() > f.plan.getToleranceDays()));
    register(
        FindingCode.SERVICE_GAP,
        f ->
            f.pairs.stream()
                .anyMatch(
                    p ->
                        p.getDaysFromEndToStart() > 0
                            && p.getDaysFromEndToStart() <= p.getGraceDays()));
    register(
        FindingCode.SERVICE_INTERRUPTION,
        f ->
            f.pairs.stream()
                .anyMatch(
                    p ->
                        p.getDaysFromEndToStart() > p.getGraceDays()
                            && p.getDaysFromEndToStart()
                                <= p.getGraceDays() + p.getDisabledDays()));
    register(
        FindingCode.DATA_LOSS,
        f ->
            f.pairs.stream()
                .anyMatch(p -> p.getDaysFromEndToStart() > p.getGraceDays() + p.getDisabledDays()));
    register(
        FindingCode.AUTO_RENEWAL_ON,
        f -> f.sources.stream().anyMatch(s -> s.isReplaced() && s.isRenewing()));
  }

  @SuppressWarnings("EnumOrdinal") // rules fire in the order of the codes
  private void register(FindingCode code, Predicate<PlanFacts> condition) {
    Rule rule =
        new RuleBuilder()
            .name(code.name())
            .description(code.rule().id())
            .priority(code.ordinal())
            .when(facts -> condition.test(facts.get(PLAN)))
            .then(facts -> foundIn(facts).add(code))
            .build();
    rules.register(rule);
  }

  @SuppressWarnings("unchecked")
  private static Set<FindingCode> foundIn(Facts facts) {
    return (Set<FindingCode>) facts.get(FOUND);
  }

  private static boolean differ(PlanFacts facts, PlanFacts.PairFact pair) {
    return facts.offer(pair.getSourceOfferId()) != null
        && facts.offer(pair.getTargetOfferId()) != null
        && !pair.getSourceOfferId().equals(pair.getTargetOfferId());
  }

  private static boolean covers(PlanFacts facts, PlanFacts.PairFact pair) {
    PlanFacts.@Nullable OfferFact source = facts.offer(pair.getSourceOfferId());
    PlanFacts.@Nullable OfferFact target = facts.offer(pair.getTargetOfferId());
    return source != null && target != null && target.covers(source);
  }

  private static boolean compared(PlanFacts.GroupFact group) {
    return group.getSources() > 0 && group.getTargets() > 0;
  }

  /**
   * Returns the codes a plan raises.
   *
   * @param request the plan
   * @return the codes found
   */
  public Set<FindingCode> codes(TransitionRequest request) {
    Facts facts = new Facts();
    Set<FindingCode> found = EnumSet.noneOf(FindingCode.class);
    facts.put(PLAN, PlanFacts.of(request, offers, regions, policy));
    facts.put(FOUND, found);
    engine.fire(rules, facts);
    return found;
  }
}
