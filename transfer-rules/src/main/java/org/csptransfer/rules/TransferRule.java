package org.csptransfer.rules;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.csptransfer.core.Offer;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.Transfer;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.action.PlanReplacement;
import org.csptransfer.rules.action.RescheduleTransfer;
import org.csptransfer.rules.action.SplitTransfer;
import org.csptransfer.rules.internal.TransferEligibility;
import org.jspecify.annotations.Nullable;

/**
 * Partner-to-partner transfers move new-commerce subscriptions whole from one CSP partner to the
 * target partner (docs/DOMAIN.md, section 8): only active, paid, new-commerce CSP subscriptions not
 * already in another open request; dated today or later; at most the policy's maximum per request;
 * one current partner per request; an add-on with its base; and a transferred subscription is not
 * also bought again.
 */
final class TransferRule implements Rule {

  @Override
  public String id() {
    return StandardRule.TRANSFER.id();
  }

  @Override
  public String description() {
    return "Transfers move only what a partner-to-partner transfer can move";
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    TransitionRequest request = context.request();
    if (request.transfers().isEmpty()) {
      return List.of();
    }
    List<Finding> findings = List.of();
    int maximum = context.policy().maxItemsPerTransfer();
    for (Transfer transfer : request.transfers()) {
      if (transfer.date().isBefore(request.asOf())) {
        findings = Findings.add(findings, datePassed(transfer, request.asOf()));
      }
      if (transfer.sourceIds().size() > maximum) {
        findings = Findings.add(findings, tooManyItems(transfer, maximum));
      }
      // Keyed by the id as compared (GUIDs without regard to case), each shown as first spelled.
      TreeMap<String, String> partners = new TreeMap<>();
      for (SubscriptionId id : transfer.sourceIds()) {
        int position = context.positionOf(id);
        Subscription source = request.sources().get(position);
        source
            .partnerId()
            .ifPresent(partner -> partners.putIfAbsent(partner.comparisonKey(), partner.value()));
        Optional<TransferIneligibility> reason =
            TransferEligibility.reason(source, transfer.date(), transfer.id());
        if (reason.isPresent()) {
          findings =
              Findings.add(
                  findings,
                  notEligible(source, transfer, reason.get(), request.asOf(), context, position));
        }
        int[] replacing = context.replacing(position);
        if (replacing != null) {
          findings = Findings.add(findings, alsoReplaced(source, transfer, replacing, request));
        }
      }
      if (partners.size() > 1) {
        findings = Findings.add(findings, mixedPartners(transfer, partners));
      }
    }
    return splitAddOns(context, findings);
  }

  private static Finding notEligible(
      Subscription source,
      Transfer transfer,
      TransferIneligibility reason,
      LocalDate asOf,
      RuleContext context,
      int position) {
    ImmutableMap.Builder<String, Object> arguments =
        ImmutableMap.<String, Object>builder()
            .put("source", source.id().value())
            .put("transfer", transfer.id().value())
            .put("date", transfer.date())
            .putAll(TransferEligibility.arguments(source, reason, asOf));
    return Finding.of(
        FindingCode.TRANSFER_NOT_ELIGIBLE,
        List.of(source.id().value(), transfer.id().value()),
        arguments.buildOrThrow(),
        replacement(source, context.sourceOffer(position), context));
  }

  /** Buying new instead: the source's offer while it is for sale, else one that keeps its data. */
  static @Nullable PlanReplacement replacement(
      Subscription source, Optional<Offer> offer, RuleContext context) {
    if (offer.isEmpty()) {
      return null;
    }
    List<Offer> candidates = context.offers().replacementsFor(source.offerId());
    return candidates.isEmpty()
        ? null
        : PlanReplacement.of(
            source.id(), source.offerId(), candidates.stream().map(Offer::id).toList());
  }

  private static Finding datePassed(Transfer transfer, LocalDate asOf) {
    return Finding.of(
        FindingCode.TRANSFER_DATE_PASSED,
        List.of(transfer.id().value()),
        ImmutableMap.of("transfer", transfer.id().value(), "date", transfer.date(), "asOf", asOf),
        RescheduleTransfer.of(transfer.id(), transfer.date(), asOf));
  }

  private static Finding tooManyItems(Transfer transfer, int maximum) {
    int count = transfer.sourceIds().size();
    return Finding.of(
        FindingCode.TRANSFER_TOO_MANY_ITEMS,
        List.of(transfer.id().value()),
        ImmutableMap.of("transfer", transfer.id().value(), "count", count, "maximum", maximum),
        SplitTransfer.of(transfer.id(), count, maximum));
  }

  private static Finding mixedPartners(Transfer transfer, Map<String, String> partners) {
    return Finding.of(
        FindingCode.TRANSFER_MIXED_PARTNERS,
        List.of(transfer.id().value()),
        ImmutableMap.of(
            "transfer", transfer.id().value(), "partnerIds", List.copyOf(partners.values())));
  }

  private static Finding alsoReplaced(
      Subscription source, Transfer transfer, int[] replacing, TransitionRequest request) {
    List<String> targets = new ArrayList<>(replacing.length);
    for (int t : replacing) {
      targets.add(request.targets().get(t).id().value());
    }
    targets.sort(null);
    List<String> subjects = new ArrayList<>(targets.size() + 1);
    subjects.add(source.id().value());
    subjects.addAll(targets);
    return Finding.of(
        FindingCode.TRANSFER_AND_REPLACEMENT,
        subjects,
        ImmutableMap.of(
            "source", source.id().value(),
            "transfer", transfer.id().value(),
            "targets", List.copyOf(targets)));
  }

  /** An add-on and its base move together, in the same request, or neither moves. */
  private static List<Finding> splitAddOns(RuleContext context, List<Finding> findings) {
    List<Subscription> sources = context.request().sources();
    for (int i = 0; i < sources.size(); i++) {
      Subscription addOn = sources.get(i);
      if (addOn.parentId().isEmpty()) {
        continue;
      }
      SubscriptionId parent = addOn.parentId().get();
      Transfer own = context.transferAt(i);
      Transfer parents = context.transferAt(context.positionOf(parent));
      String situation;
      if (own != null && parents == null) {
        situation = "ADDON_WITHOUT_BASE";
      } else if (own == null && parents != null) {
        situation = "BASE_WITHOUT_ADDON";
      } else if (own != null && parents != null && !own.id().equals(parents.id())) {
        situation = "DIFFERENT_REQUESTS";
      } else {
        continue;
      }
      ImmutableMap.Builder<String, Object> arguments =
          ImmutableMap.<String, Object>builder()
              .put("source", addOn.id().value())
              .put("parent", parent.value())
              .put("situation", situation);
      if (own != null) {
        arguments.put("transfer", own.id().value());
      }
      if (parents != null) {
        arguments.put("parentTransfer", parents.id().value());
      }
      findings =
          Findings.add(
              findings,
              Finding.of(
                  FindingCode.TRANSFER_SPLITS_ADDON,
                  List.of(addOn.id().value(), parent.value()),
                  arguments.buildOrThrow()));
    }
    return findings;
  }
}
