package org.csptransfer.rules;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.csptransfer.core.Offer;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.OfferId;
import org.csptransfer.core.OfferMatch;
import org.csptransfer.core.PlannedSubscription;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.SubscriptionStatus;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.action.ChangeOffer;
import org.csptransfer.rules.action.ReassignLicenses;

/**
 * Offers decide whether users keep their services and data (docs/DOMAIN.md, sections 5 and 9): the
 * same offer carries licenses over; an offer covering every service plan of the source (the same
 * plan or a higher tier of its family, with the plans of the targets stacked on it) keeps
 * everything but users must be reassigned; one that lacks only plans holding no data drops a
 * feature; one that lacks a plan holding data risks data loss. Offers must exist and be for sale,
 * every active source with users needs a replacement or a transfer, and an add-on needs one of its
 * base offers in the plan.
 *
 * <p>Equivalence is judged per (source, target) pair linked by "replaces"; a transferred source is
 * in no pair. A pair naming an offer missing from the catalog is skipped after its {@code
 * UNKNOWN_OFFER} findings. Declared successors never make an offer equivalent; they only order
 * candidates.
 */
final class OfferRule implements Rule {

  @Override
  public String id() {
    return StandardRule.OFFER.id();
  }

  @Override
  public String description() {
    return "Offers exist, are for sale, keep every service plan, and add-ons have their base";
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    TransitionRequest request = context.request();
    List<Finding> findings = List.of();
    List<Subscription> sources = request.sources();
    for (int i = 0; i < sources.size(); i++) {
      Subscription source = sources.get(i);
      if (context.sourceOffer(i).isEmpty()) {
        findings = Findings.add(findings, unknownOffer(source.id(), source.offerId()));
      }
      if (isToBeCovered(source) && context.replacing(i) == null && context.transferAt(i) == null) {
        findings = Findings.add(findings, notCovered(source, context, i));
      }
    }
    List<PlannedSubscription> targets = request.targets();
    Set<OfferId> plannedOffers = null;
    for (int t = 0; t < targets.size(); t++) {
      PlannedSubscription target = targets.get(t);
      Optional<Offer> offer = context.targetOffer(t);
      if (offer.isEmpty()) {
        findings = Findings.add(findings, unknownOffer(target.id(), target.offerId()));
        continue;
      }
      if (!offer.get().availableForPurchase()) {
        findings = Findings.add(findings, notAvailable(target, context.offers()));
      }
      if (offer.get().addOn() && !offer.get().prerequisites().isEmpty()) {
        if (plannedOffers == null) {
          plannedOffers = plannedOffers(targets);
        }
        if (!containsAny(plannedOffers, offer.get().prerequisites())) {
          findings = Findings.add(findings, addOnWithoutBase(target, offer.get()));
        }
      }
      for (int position : context.replacedBy(t)) {
        if (context.transferAt(position) == null) {
          findings = judgePair(context, sources.get(position), position, target, t, findings);
        }
      }
    }
    return findings;
  }

  /**
   * CONTRACT.md, "Version 3", "Who still uses a source": status ACTIVE or EXPIRED (users of an
   * expired subscription keep normal access and its data still exists) and assigned licenses above
   * zero.
   */
  private static boolean isToBeCovered(Subscription source) {
    SubscriptionStatus status = source.status();
    return (status == SubscriptionStatus.ACTIVE || status == SubscriptionStatus.EXPIRED)
        && source.assignedLicenses() > 0;
  }

  private static Set<OfferId> plannedOffers(List<PlannedSubscription> targets) {
    Set<OfferId> offers = new HashSet<>(targets.size() * 2);
    for (PlannedSubscription target : targets) {
      offers.add(target.offerId());
    }
    return offers;
  }

  private static boolean containsAny(Set<OfferId> planned, Set<OfferId> prerequisites) {
    for (OfferId prerequisite : prerequisites) {
      if (planned.contains(prerequisite)) {
        return true;
      }
    }
    return false;
  }

  private static List<Finding> judgePair(
      RuleContext context,
      Subscription source,
      int sourcePosition,
      PlannedSubscription target,
      int targetPosition,
      List<Finding> findings) {
    Optional<Offer> from = context.sourceOffer(sourcePosition);
    if (from.isEmpty() || from.get().id().equals(target.offerId())) {
      return findings; // unknown: reported above; the same offer: nothing to say
    }
    OfferCatalog offers = context.offers();
    List<String> uncovered =
        offers.uncoveredPlans(source.offerId(), servingOffers(context, target, targetPosition));
    OfferMatch match = offers.match(uncovered);
    if (match == OfferMatch.NOT_EQUIVALENT) {
      return Findings.add(findings, notEquivalent(source, target, uncovered, offers));
    }
    if (match == OfferMatch.FEATURES_DROPPED) {
      findings = Findings.add(findings, planDropped(source, target, uncovered));
    }
    findings = Findings.add(findings, reassignment(source, target));
    if (match == OfferMatch.EQUIVALENT && !from.get().availableForPurchase()) {
      findings = Findings.add(findings, sourceDiscontinued(source, target));
    }
    return findings;
  }

  /** The target's offer and those of the targets stacked on it: together they serve the users. */
  private static List<OfferId> servingOffers(
      RuleContext context, PlannedSubscription target, int position) {
    int[] stacked = context.stackedOn(position);
    if (stacked == null) {
      return List.of(target.offerId());
    }
    List<OfferId> offers = new ArrayList<>(stacked.length + 1);
    offers.add(target.offerId());
    for (int u : stacked) {
      offers.add(context.request().targets().get(u).offerId());
    }
    return offers;
  }

  private static Finding unknownOffer(SubscriptionId subject, OfferId offer) {
    return Finding.of(
        FindingCode.UNKNOWN_OFFER,
        List.of(subject.value(), offer.value()),
        ImmutableMap.of("subscription", subject.value(), "offerId", offer.value()));
  }

  private static Finding notCovered(Subscription source, RuleContext context, int position) {
    return Finding.of(
        FindingCode.SOURCE_NOT_COVERED,
        List.of(source.id().value()),
        ImmutableMap.of(
            "source", source.id().value(),
            "offerId", source.offerId().value(),
            "assignedLicenses", source.assignedLicenses()),
        TransferRule.replacement(source, context.sourceOffer(position), context));
  }

  private static Finding notAvailable(PlannedSubscription target, OfferCatalog offers) {
    List<OfferId> candidates = ids(offers.replacementsFor(target.offerId()));
    return Finding.of(
        FindingCode.OFFER_NOT_AVAILABLE,
        List.of(target.id().value(), target.offerId().value()),
        ImmutableMap.of("target", target.id().value(), "offerId", target.offerId().value()),
        candidates.isEmpty() ? null : ChangeOffer.of(target.id(), target.offerId(), candidates));
  }

  private static Finding addOnWithoutBase(PlannedSubscription target, Offer offer) {
    return Finding.of(
        FindingCode.ADDON_WITHOUT_BASE,
        List.of(target.id().value(), offer.id().value()),
        ImmutableMap.of(
            "target",
            target.id().value(),
            "offerId",
            offer.id().value(),
            "prerequisites",
            offer.prerequisites().stream().map(OfferId::value).toList()));
  }

  private static Finding reassignment(Subscription source, PlannedSubscription target) {
    return Finding.of(
        FindingCode.LICENSE_REASSIGNMENT_REQUIRED,
        List.of(source.id().value(), target.id().value()),
        pairArguments(source, target).buildOrThrow(),
        ReassignLicenses.of(
            source.id(),
            target.id(),
            source.offerId(),
            target.offerId(),
            source.assignedLicenses()));
  }

  private static Finding planDropped(
      Subscription source, PlannedSubscription target, List<String> dropped) {
    return Finding.of(
        FindingCode.SERVICE_PLAN_DROPPED,
        List.of(source.id().value(), target.id().value()),
        pairArguments(source, target).put("droppedServicePlans", dropped).buildOrThrow());
  }

  private static Finding sourceDiscontinued(Subscription source, PlannedSubscription target) {
    return Finding.of(
        FindingCode.SOURCE_OFFER_DISCONTINUED,
        List.of(source.id().value(), target.id().value()),
        ImmutableMap.of(
            "source", source.id().value(),
            "target", target.id().value(),
            "fromOffer", source.offerId().value(),
            "toOffer", target.offerId().value()));
  }

  private static Finding notEquivalent(
      Subscription source, PlannedSubscription target, List<String> missing, OfferCatalog offers) {
    List<OfferId> candidates = ids(offers.replacementsFor(source.offerId()));
    return Finding.of(
        FindingCode.OFFER_NOT_EQUIVALENT,
        List.of(source.id().value(), target.id().value()),
        pairArguments(source, target).put("missingServicePlans", missing).buildOrThrow(),
        candidates.isEmpty() ? null : ChangeOffer.of(target.id(), target.offerId(), candidates));
  }

  private static ImmutableMap.Builder<String, Object> pairArguments(
      Subscription source, PlannedSubscription target) {
    return ImmutableMap.<String, Object>builder()
        .put("source", source.id().value())
        .put("target", target.id().value())
        .put("fromOffer", source.offerId().value())
        .put("toOffer", target.offerId().value())
        .put("users", source.assignedLicenses());
  }

  private static List<OfferId> ids(List<Offer> offers) {
    List<OfferId> ids = new ArrayList<>(offers.size());
    for (Offer offer : offers) {
      ids.add(offer.id());
    }
    return ids;
  }
}
