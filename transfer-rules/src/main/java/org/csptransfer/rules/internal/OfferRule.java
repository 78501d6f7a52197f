package org.csptransfer.rules.internal;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Sets;
import com.google.common.primitives.ImmutableIntArray;
import java.util.List;
import java.util.Optional;
import org.csptransfer.core.Offer;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.OfferId;
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
    List<Finding> findings = List.of();
    List<Subscription> sources = request.sources();
    for (int i = 0; i < sources.size(); i++) {
      Subscription source = sources.get(i);
      if (context.sourceOffer(i).isEmpty()) {
        findings = FindingList.add(findings, unknownOffer(source.id(), source.offerId()));
      }
      if (isToBeCovered(source) && context.targetsReplacing(i).isEmpty()) {
        findings = FindingList.add(findings, notCovered(source, offers));
      }
    }
    List<PlannedSubscription> targets = request.targets();
    for (int t = 0; t < targets.size(); t++) {
      PlannedSubscription target = targets.get(t);
      Optional<Offer> offer = context.targetOffer(t);
      if (offer.isEmpty()) {
        findings = FindingList.add(findings, unknownOffer(target.id(), target.offerId()));
        continue;
      }
      if (!offer.get().availableForPurchase()) {
        findings = FindingList.add(findings, notAvailable(target, offers));
      }
      if (isMissingItsBase(offer.get(), targets)) {
        findings = FindingList.add(findings, addOnWithoutBase(target, offer.get()));
      }
      ImmutableIntArray replaced = context.sourcePositionsReplacedBy(t);
      for (int r = 0; r < replaced.length(); r++) {
        int position = replaced.get(r);
        findings =
            judgePair(
                sources.get(position),
                context.sourceOffer(position),
                target,
                offer.get(),
                offers,
                findings);
      }
    }
    return findings;
  }

  /** CONTRACT.md: status ACTIVE and assigned licenses above zero. */
  private static boolean isToBeCovered(Subscription source) {
    return source.status() == SubscriptionStatus.ACTIVE && source.assignedLicenses() > 0;
  }

  private static boolean isMissingItsBase(Offer offer, List<PlannedSubscription> targets) {
    if (!offer.addOn() || offer.prerequisites().isEmpty()) {
      return false;
    }
    for (PlannedSubscription target : targets) {
      if (offer.prerequisites().contains(target.offerId())) {
        return false;
      }
    }
    return true;
  }

  private static List<Finding> judgePair(
      Subscription source,
      Optional<Offer> sourceOffer,
      PlannedSubscription target,
      Offer targetOffer,
      OfferCatalog offers,
      List<Finding> findings) {
    if (sourceOffer.isEmpty() || sourceOffer.get().id().equals(targetOffer.id())) {
      return findings; // unknown: reported above; the same offer: nothing to say
    }
    if (!targetOffer.covers(sourceOffer.get())) {
      return FindingList.add(findings, notEquivalent(source, target, offers));
    }
    findings = FindingList.add(findings, reassignment(source, target));
    if (!sourceOffer.get().availableForPurchase()) {
      findings = FindingList.add(findings, sourceDiscontinued(source, target));
    }
    return findings;
  }

  private static Finding unknownOffer(SubscriptionId subject, OfferId offer) {
    return Finding.of(
        FindingCode.UNKNOWN_OFFER,
        List.of(subject.value(), offer.value()),
        subject + " names offer " + offer + ", which is not in the offer catalog",
        ImmutableMap.of("subscription", subject.value(), "offerId", offer.value()));
  }

  private static Finding notCovered(Subscription source, OfferCatalog offers) {
    return Finding.of(
            FindingCode.SOURCE_NOT_COVERED,
            List.of(source.id().value()),
            "No target replaces "
                + source.id()
                + " ("
                + source.offerId()
                + "): its "
                + source.assignedLicenses()
                + " users would lose their licenses",
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
            ""
                + target.id()
                + " plans offer "
                + target.offerId()
                + ", which is no longer available for purchase",
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
        ""
            + target.id()
            + " plans add-on "
            + offer.id()
            + " without any of its base offers ("
            + String.join(", ", bases)
            + ")",
        ImmutableMap.of(
            "target", target.id().value(), "offerId", offer.id().value(), "prerequisites", bases));
  }

  private static Finding reassignment(Subscription source, PlannedSubscription target) {
    return Finding.of(
            FindingCode.LICENSE_REASSIGNMENT_REQUIRED,
            List.of(source.id().value(), target.id().value()),
            ""
                + target.id()
                + " moves "
                + source.assignedLicenses()
                + " users of "
                + source.id()
                + " from "
                + source.offerId()
                + " to "
                + target.offerId()
                + ": their licenses must be reassigned",
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
        ""
            + source.id()
            + "'s offer "
            + source.offerId()
            + " is no longer sold; "
            + target.id()
            + " replaces it with equivalent offer "
            + target.offerId(),
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
            ""
                + target.id()
                + " ("
                + to.id()
                + ") lacks "
                + String.join(", ", missing)
                + " of "
                + source.id()
                + " ("
                + from.id()
                + "): the data of "
                + source.assignedLicenses()
                + " users in those services would be lost",
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
