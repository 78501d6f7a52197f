package org.csptransfer.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.csptransfer.core.Customer;
import org.csptransfer.core.Disposition;
import org.csptransfer.core.Offer;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.PlannedSubscription;
import org.csptransfer.core.Relationship;
import org.csptransfer.core.RelationshipStatus;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.Transfer;
import org.csptransfer.core.TransferId;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.action.AddTargets;
import org.csptransfer.rules.action.AwaitAcceptance;
import org.csptransfer.rules.action.ChangeOffer;
import org.csptransfer.rules.action.ChangeQuantity;
import org.csptransfer.rules.action.LetExpire;
import org.csptransfer.rules.action.PlanReplacement;
import org.csptransfer.rules.action.ReassignLicenses;
import org.csptransfer.rules.action.RequestRelationship;
import org.csptransfer.rules.action.RequiredAction;
import org.csptransfer.rules.action.RescheduleStart;
import org.csptransfer.rules.action.RescheduleTransfer;
import org.csptransfer.rules.action.SplitTarget;
import org.csptransfer.rules.action.SplitTransfer;
import org.csptransfer.rules.action.TurnOffAutoRenew;
import org.csptransfer.rules.internal.Lifecycle;

/**
 * What following a required action does to the plan, as a partner would do it: the law that every
 * action clears the finding it answers is tested by applying actions with this.
 */
final class Actions {

  private Actions() {}

  /**
   * Returns the request once the action is done, or empty for {@link ReassignLicenses}, a step of
   * carrying the plan out that the request does not record.
   */
  static Optional<TransitionRequest> apply(
      RequiredAction action, TransitionRequest request, OfferCatalog offers) {
    TransitionRequest.Builder changed = TransitionRequest.builder().from(request);
    if (action instanceof RequestRelationship request2) {
      changed.customer(withRelationship(request.customer(), request2, RelationshipStatus.INVITED));
    } else if (action instanceof AwaitAcceptance await) {
      changed.customer(withRelationship(request.customer(), await, RelationshipStatus.ACCEPTED));
    } else if (action instanceof ReassignLicenses) {
      return Optional.empty();
    } else if (action instanceof LetExpire expire) {
      changed.sources(
          replaceSource(
              request,
              expire.source(),
              source ->
                  Subscription.builder()
                      .from(source)
                      .disposition(Disposition.LET_EXPIRE)
                      .cancelOn(Optional.empty())
                      .autoRenew(false)
                      .build()));
    } else if (action instanceof TurnOffAutoRenew turnOff) {
      changed.sources(
          replaceSource(
              request,
              turnOff.source(),
              source -> Subscription.builder().from(source).autoRenew(false).build()));
    } else if (action instanceof RescheduleStart reschedule) {
      changed.targets(
          replaceTarget(
              request,
              reschedule.target(),
              target ->
                  List.of(
                      PlannedSubscription.builder()
                          .from(target)
                          .start(reschedule.recommended())
                          .build())));
    } else if (action instanceof ChangeOffer change) {
      changed.targets(
          replaceTarget(
              request,
              change.target(),
              target ->
                  List.of(
                      PlannedSubscription.builder()
                          .from(target)
                          .offerId(change.candidates().get(0))
                          .build())));
    } else if (action instanceof PlanReplacement replacement) {
      Subscription source = request.source(replacement.source()).orElseThrow();
      Offer offer = offers.find(replacement.candidates().get(0)).orElseThrow();
      List<PlannedSubscription> targets = new ArrayList<>(request.targets());
      targets.add(
          PlannedSubscription.builder()
              .id(freshId(request, "new"))
              .offerId(offer.id())
              .quantity(
                  Math.max(offer.minQuantity(), Math.min(offer.maxQuantity(), source.quantity())))
              .start(Lifecycle.recommendedStart(source.firstDayWithoutService(), request.asOf(), 0))
              .addReplacedSourceId(source.id())
              .build());
      changed.targets(targets).transfers(withoutSource(request.transfers(), source.id()));
    } else if (action instanceof ChangeQuantity change) {
      changed.targets(
          replaceTarget(
              request,
              change.target(),
              target ->
                  List.of(
                      PlannedSubscription.builder().from(target).quantity(change.to()).build())));
    } else if (action instanceof SplitTarget split) {
      changed.targets(
          replaceTarget(
              request,
              split.target(),
              target -> {
                List<PlannedSubscription> parts = new ArrayList<>();
                for (int i = 0; i < split.count(); i++) {
                  parts.add(
                      PlannedSubscription.builder()
                          .from(target)
                          .id(i == 0 ? target.id() : freshId(request, target.id() + "-" + i))
                          .quantity(split.seatsOf(i))
                          .build());
                }
                return parts;
              }));
    } else if (action instanceof AddTargets add) {
      List<PlannedSubscription> targets = new ArrayList<>(request.targets());
      for (int i = 0; i < add.count(); i++) {
        targets.add(
            PlannedSubscription.builder()
                .id(freshId(request, "added-" + i))
                .offerId(add.offerId())
                .quantity(add.seatsOf(i))
                .start(add.start())
                .replacedSourceIds(add.replaces())
                .build());
      }
      changed.targets(targets);
    } else if (action instanceof SplitTransfer split) {
      List<Transfer> transfers = new ArrayList<>();
      for (Transfer transfer : request.transfers()) {
        if (!transfer.id().equals(split.transfer())) {
          transfers.add(transfer);
          continue;
        }
        List<SubscriptionId> ids = transfer.sourceIds();
        for (int part = 0; part * split.maximum() < ids.size(); part++) {
          transfers.add(
              Transfer.builder()
                  .from(transfer)
                  .id(part == 0 ? transfer.id() : TransferId.of(transfer.id() + "-" + part))
                  .sourceIds(
                      ids.subList(
                          part * split.maximum(),
                          Math.min(ids.size(), (part + 1) * split.maximum())))
                  .build());
        }
      }
      changed.transfers(transfers);
    } else if (action instanceof RescheduleTransfer reschedule) {
      List<Transfer> transfers = new ArrayList<>();
      for (Transfer transfer : request.transfers()) {
        transfers.add(
            transfer.id().equals(reschedule.transfer())
                ? Transfer.builder().from(transfer).date(reschedule.recommended()).build()
                : transfer);
      }
      changed.transfers(transfers);
    }
    return Optional.of(changed.build());
  }

  private static Customer withRelationship(
      Customer customer, RequiredAction action, RelationshipStatus status) {
    org.csptransfer.core.PartnerId partner =
        action instanceof RequestRelationship request
            ? request.partnerId()
            : ((AwaitAcceptance) action).partnerId();
    List<Relationship> relationships = new ArrayList<>();
    for (Relationship relationship : customer.relationships()) {
      if (!relationship.partnerId().equals(partner)) {
        relationships.add(relationship);
      }
    }
    relationships.add(Relationship.of(partner, status));
    return Customer.builder().from(customer).relationships(relationships).build();
  }

  private static List<Subscription> replaceSource(
      TransitionRequest request,
      SubscriptionId id,
      java.util.function.UnaryOperator<Subscription> change) {
    List<Subscription> sources = new ArrayList<>();
    for (Subscription source : request.sources()) {
      sources.add(source.id().equals(id) ? change.apply(source) : source);
    }
    return sources;
  }

  private static List<PlannedSubscription> replaceTarget(
      TransitionRequest request,
      SubscriptionId id,
      java.util.function.Function<PlannedSubscription, List<PlannedSubscription>> change) {
    List<PlannedSubscription> targets = new ArrayList<>();
    for (PlannedSubscription target : request.targets()) {
      if (target.id().equals(id)) {
        targets.addAll(change.apply(target));
      } else {
        targets.add(target);
      }
    }
    return targets;
  }

  private static List<Transfer> withoutSource(List<Transfer> transfers, SubscriptionId source) {
    List<Transfer> kept = new ArrayList<>();
    for (Transfer transfer : transfers) {
      List<SubscriptionId> ids = new ArrayList<>(transfer.sourceIds());
      ids.remove(source);
      kept.add(Transfer.builder().from(transfer).sourceIds(ids).build());
    }
    return kept;
  }

  private static SubscriptionId freshId(TransitionRequest request, String base) {
    Set<String> taken = new HashSet<>();
    request.sources().forEach(source -> taken.add(source.id().value()));
    request.targets().forEach(target -> taken.add(target.id().value()));
    String id = base;
    for (int i = 2; taken.contains(id); i++) {
      id = base + "-" + i;
    }
    return SubscriptionId.of(id);
  }
}
