package org.csptransfer.rules.internal;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Sets;
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
import org.csptransfer.rules.Finding;
import org.csptransfer.rules.FindingCode;
import org.csptransfer.rules.RequiredAction;
import org.csptransfer.rules.Rule;
import org.csptransfer.rules.RuleContext;
import org.csptransfer.rules.StandardRule;

/**
 * Offers decide whether users keep their services and data (domain brief, section 5): the same
 * offer carries licenses over; an offer whose service plans include all of the source's keeps every
 * service but users must be reassigned; anything less risks data loss. Offers must exist and be for
 * sale, every active source with users needs a replacement, and an add-on needs one of its base
 * offers in the plan.
 *
 * <p>Equivalence is judged per (source, target) pair linked by "replaces". A pair naming an offer
 * missing from the catalog is skipped after its {@code UNKNOWN_OFFER} findings. Declared successors
 * never make an offer equivalent; they only order candidates.
 */
public final class OfferRule implements Rule {

  @Override
  public String id() {
    return StandardRule.OFFER.id();
  }

  @Override
  public String description() {
    return "Offers exist, are for sale, keep every service plan, and add-ons have their base";
  }

  @Override
  public List<Finding> evaluate(TransitionRequest request, RuleContext context) {
    OfferCatalog offers = context.offers();
    List<Finding> findings = new ArrayList<>();
    for (Subscription source : request.sources()) {
      if (!offers.contains(source.offerId())) {
        findings.add(unknownOffer(source.id(), source.offerId()));
      }
      if (isToBeCovered(source) && !context.isReplaced(source.id())) {
        findings.add(notCovered(source, offers));
      }
    }
    Set<OfferId> plannedOffers = new HashSet<>();
    for (PlannedSubscription target : request.targets()) {
      plannedOffers.add(target.offerId());
    }
    for (PlannedSubscription target : request.targets()) {
      Optional<Offer> offer = offers.find(target.offerId());
      if (offer.isEmpty()) {
        findings.add(unknownOffer(target.id(), target.offerId()));
        continue;
      }
      if (!offer.get().availableForPurchase()) {
        findings.add(notAvailable(target, offers));
      }
      if (isMissingItsBase(offer.get(), plannedOffers)) {
        findings.add(addOnWithoutBase(target, offer.get()));
      }
      for (SubscriptionId replaced : target.replacedSourceIds()) {
        request.source(replaced).ifPresent(source -> judgePair(source, target, offers, findings));
      }
    }
    return findings;
  }

  /** CONTRACT.md: status ACTIVE and assigned licenses above zero. */
  private static boolean isToBeCovered(Subscription source) {
    return source.status() == SubscriptionStatus.ACTIVE && source.assignedLicenses() > 0;
  }

  private static boolean isMissingItsBase(Offer offer, Set<OfferId> plannedOffers) {
    return offer.addOn()
        && !offer.prerequisites().isEmpty()
        && Sets.intersection(offer.prerequisites(), plannedOffers).isEmpty();
  }

  private static void judgePair(
      Subscription source,
      PlannedSubscription target,
      OfferCatalog offers,
      List<Finding> findings) {
    OfferMatch match = offers.compare(source.offerId(), target.offerId());
    if (match == OfferMatch.EQUIVALENT) {
      findings.add(reassignment(source, target));
      boolean discontinued =
          offers.find(source.offerId()).map(offer -> !offer.availableForPurchase()).orElse(false);
      if (discontinued) {
        findings.add(sourceDiscontinued(source, target));
      }
    } else if (match == OfferMatch.NOT_EQUIVALENT) {
      findings.add(notEquivalent(source, target, offers));
    }
  }

  private static Finding unknownOffer(SubscriptionId subject, OfferId offer) {
    return Finding.of(
        FindingCode.UNKNOWN_OFFER,
        List.of(subject.value(), offer.value()),
        String.format("%s names offer %s, which is not in the offer catalog", subject, offer),
        ImmutableMap.of("subscription", subject.value(), "offerId", offer.value()));
  }

  private static Finding notCovered(Subscription source, OfferCatalog offers) {
    return Finding.of(
            FindingCode.SOURCE_NOT_COVERED,
            List.of(source.id().value()),
            String.format(
                "No target replaces %s (%s): its %d users would lose their licenses",
                source.id(), source.offerId(), source.assignedLicenses()),
            ImmutableMap.of(
                "source", source.id().value(),
                "offerId", source.offerId().value(),
                "assignedLicenses", source.assignedLicenses()))
        .withAction(
            new RequiredAction.ChooseOffer(
                source.id(),
                source.offerId(),
                ReplacementCandidates.idsOf(offers, source.offerId())));
  }

  private static Finding notAvailable(PlannedSubscription target, OfferCatalog offers) {
    return Finding.of(
            FindingCode.OFFER_NOT_AVAILABLE,
            List.of(target.id().value(), target.offerId().value()),
            String.format(
                "%s plans offer %s, which is no longer available for purchase",
                target.id(), target.offerId()),
            ImmutableMap.of("target", target.id().value(), "offerId", target.offerId().value()))
        .withAction(
            new RequiredAction.ChooseOffer(
                target.id(),
                target.offerId(),
                ReplacementCandidates.idsOf(offers, target.offerId())));
  }

  private static Finding addOnWithoutBase(PlannedSubscription target, Offer offer) {
    List<String> bases = offer.prerequisites().stream().map(OfferId::value).toList();
    return Finding.of(
        FindingCode.ADDON_WITHOUT_BASE,
        List.of(target.id().value(), offer.id().value()),
        String.format(
            "%s plans add-on %s without any of its base offers (%s)",
            target.id(), offer.id(), String.join(", ", bases)),
        ImmutableMap.of(
            "target", target.id().value(), "offerId", offer.id().value(), "prerequisites", bases));
  }

  private static Finding reassignment(Subscription source, PlannedSubscription target) {
    return Finding.of(
            FindingCode.LICENSE_REASSIGNMENT_REQUIRED,
            List.of(source.id().value(), target.id().value()),
            String.format(
                "%s moves %d users of %s from %s to %s: their licenses must be reassigned",
                target.id(),
                source.assignedLicenses(),
                source.id(),
                source.offerId(),
                target.offerId()),
            ImmutableMap.of(
                "source", source.id().value(),
                "target", target.id().value(),
                "fromOffer", source.offerId().value(),
                "toOffer", target.offerId().value(),
                "users", source.assignedLicenses()))
        .withAction(
            new RequiredAction.ReassignLicenses(
                source.id(),
                target.id(),
                source.offerId(),
                target.offerId(),
                source.assignedLicenses()));
  }

  private static Finding sourceDiscontinued(Subscription source, PlannedSubscription target) {
    return Finding.of(
        FindingCode.SOURCE_OFFER_DISCONTINUED,
        List.of(source.id().value(), target.id().value()),
        String.format(
            "%s's offer %s is no longer sold; %s replaces it with equivalent offer %s",
            source.id(), source.offerId(), target.id(), target.offerId()),
        ImmutableMap.of(
            "source", source.id().value(),
            "target", target.id().value(),
            "fromOffer", source.offerId().value(),
            "toOffer", target.offerId().value()));
  }

  private static Finding notEquivalent(
      Subscription source, PlannedSubscription target, OfferCatalog offers) {
    Offer from = offers.find(source.offerId()).orElseThrow();
    Offer to = offers.find(target.offerId()).orElseThrow();
    List<String> missing =
        Sets.difference(from.servicePlans(), to.servicePlans()).stream().sorted().toList();
    return Finding.of(
            FindingCode.OFFER_NOT_EQUIVALENT,
            List.of(source.id().value(), target.id().value()),
            String.format(
                "%s (%s) lacks %s of %s (%s): the data of %d users in those services would be"
                    + " lost",
                target.id(),
                to.id(),
                String.join(", ", missing),
                source.id(),
                from.id(),
                source.assignedLicenses()),
            ImmutableMap.of(
                "source", source.id().value(),
                "target", target.id().value(),
                "fromOffer", from.id().value(),
                "toOffer", to.id().value(),
                "missingServicePlans", missing))
        .withAction(
            new RequiredAction.ChooseOffer(
                target.id(), target.offerId(), ReplacementCandidates.idsOf(offers, from.id())));
  }
}
