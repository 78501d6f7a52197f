package org.csptransfer.rules.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.csptransfer.core.Channel;
import org.csptransfer.core.PartnerId;
import org.csptransfer.core.PlannerTransfers;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.Transfer;
import org.csptransfer.core.TransitionPolicy;
import org.csptransfer.rules.TransferIneligibility;
import org.csptransfer.rules.internal.TransferEligibility;

/**
 * The planner's second phase, under {@link PlannerTransfers#PREFER}: every family (a base and its
 * add-ons) a transfer can move whole, one request per current partner, dated the as-of date, split
 * at the policy's maximum without splitting a family. A family a transfer cannot move whole is
 * noted, member by member, and left to the replacements.
 */
final class PlannedTransfers extends PlanningPhase {

  private final LocalDate asOf;
  private final int maxItemsPerTransfer;
  private final List<Transfer> transfers = new ArrayList<>();
  private final Set<SubscriptionId> transferred = new HashSet<>();

  private PlannedTransfers(LocalDate asOf, int maxItemsPerTransfer) {
    this.asOf = asOf;
    this.maxItemsPerTransfer = maxItemsPerTransfer;
  }

  /**
   * Returns the transfers of the sources a transfer can move, none unless the policy prefers
   * transfers.
   *
   * @param sources the kept sources
   * @param asOf the as-of date, the transfers' date
   * @param policy the policy (whether the planner transfers, and the maximum of items per transfer)
   * @return the transfers, the ids they move and the notes
   */
  static PlannedTransfers of(List<Subscription> sources, LocalDate asOf, TransitionPolicy policy) {
    PlannedTransfers planned = new PlannedTransfers(asOf, policy.maxItemsPerTransfer());
    if (policy.plannerTransfers() == PlannerTransfers.PREFER) {
      planned.plan(sources);
    }
    return planned;
  }

  /** The transfers, numbered in order. */
  List<Transfer> transfers() {
    return Collections.unmodifiableList(transfers);
  }

  /** The ids of the sources the transfers move. */
  Set<SubscriptionId> transferred() {
    return Collections.unmodifiableSet(transferred);
  }

  private void plan(List<Subscription> sources) {
    Map<PartnerId, List<List<Subscription>>> byPartner = new LinkedHashMap<>();
    for (List<Subscription> family : AddOnFamilies.of(sources)) {
      if (isTransferable(family)) {
        byPartner
            .computeIfAbsent(family.get(0).partnerId().orElseThrow(), partner -> new ArrayList<>())
            .add(family);
      }
    }
    for (Map.Entry<PartnerId, List<List<Subscription>>> partner : byPartner.entrySet()) {
      List<SubscriptionId> request = new ArrayList<>();
      for (List<Subscription> family : partner.getValue()) {
        if (request.size() + family.size() > maxItemsPerTransfer) {
          addTransfer(partner.getKey(), request);
          request = new ArrayList<>();
        }
        for (Subscription source : family) {
          request.add(source.id());
        }
      }
      addTransfer(partner.getKey(), request);
    }
  }

  private boolean isTransferable(List<Subscription> family) {
    boolean eligible = true;
    Set<PartnerId> partners = new HashSet<>();
    for (Subscription source : family) {
      Optional<TransferIneligibility> reason = TransferEligibility.reason(source, asOf, null);
      if (reason.isPresent()) {
        eligible = false;
        if (source.channel() == Channel.CSP) {
          note(PlanNote.Kind.NOT_TRANSFERABLE, reasonArguments(source, reason.get()));
        }
      }
      source.partnerId().ifPresent(partners::add);
    }
    if (!eligible || partners.size() > 1) {
      noteFamily(family, PlanNote.Kind.FAMILY_NOT_TRANSFERABLE, Map.of());
      return false;
    }
    if (family.size() > maxItemsPerTransfer) {
      noteFamily(
          family,
          PlanNote.Kind.FAMILY_TOO_LARGE,
          Map.of("count", family.size(), "maximum", maxItemsPerTransfer));
      return false;
    }
    return true;
  }

  /** A note for each member a transfer could move but its family holds back. */
  private void noteFamily(List<Subscription> family, PlanNote.Kind kind, Map<String, Object> more) {
    if (family.size() == 1) {
      if (kind == PlanNote.Kind.FAMILY_TOO_LARGE) {
        note(kind, withSource(family.get(0), family, more));
      }
      return;
    }
    for (Subscription source : family) {
      if (TransferEligibility.reason(source, asOf, null).isEmpty()) {
        note(kind, withSource(source, family, more));
      }
    }
  }

  private static Map<String, Object> withSource(
      Subscription source, List<Subscription> family, Map<String, Object> more) {
    Map<String, Object> arguments = new LinkedHashMap<>();
    arguments.put("source", source.id().value());
    List<String> others = new ArrayList<>();
    for (Subscription member : family) {
      if (!member.equals(source)) {
        others.add(member.id().value());
      }
    }
    arguments.put("family", others);
    arguments.putAll(more);
    return arguments;
  }

  private Map<String, Object> reasonArguments(Subscription source, TransferIneligibility reason) {
    Map<String, Object> arguments = new LinkedHashMap<>();
    arguments.put("source", source.id().value());
    arguments.put("date", asOf);
    arguments.putAll(TransferEligibility.arguments(source, reason, asOf));
    return arguments;
  }

  private void addTransfer(PartnerId partner, List<SubscriptionId> request) {
    if (request.isEmpty()) {
      return;
    }
    Transfer transfer =
        Transfer.builder()
            .id(Transfer.positionalId(transfers.size() + 1))
            .date(asOf)
            .sourceIds(request)
            .build();
    transfers.add(transfer);
    transferred.addAll(request);
    note(
        PlanNote.Kind.TRANSFERRED,
        Map.of(
            "sources", request.stream().map(SubscriptionId::value).toList(),
            "transfer", transfer.id().value(),
            "partnerId", partner.value(),
            "date", transfer.date()));
  }
}
