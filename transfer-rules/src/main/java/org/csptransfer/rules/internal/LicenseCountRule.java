package org.csptransfer.rules.internal;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.csptransfer.core.Offer;
import org.csptransfer.core.PlannedSubscription;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.Finding;
import org.csptransfer.rules.FindingCode;
import org.csptransfer.rules.RequiredAction;
import org.csptransfer.rules.Rule;
import org.csptransfer.rules.RuleContext;
import org.csptransfer.rules.StandardRule;

/**
 * As long as the total number of licenses stays the same, the customer sees no impact (domain
 * brief, section 1); fewer seats than users leaves users without a licence.
 *
 * <p>Counts are compared per replacement group: a connected set of sources and targets linked by
 * "replaces", every source counted whatever its status and targets of different offers summed
 * together. Only groups with at least one source and one target are compared: a source no target
 * replaces is the offer rule's {@code SOURCE_NOT_COVERED}, and a target replacing nothing is a new
 * purchase with nothing to compare against. Each target's quantity must also lie within its offer's
 * minimum and maximum.
 */
public final class LicenseCountRule implements Rule {

  @Override
  public String id() {
    return StandardRule.LICENSE_COUNT.id();
  }

  @Override
  public String description() {
    return "New seats hold every licensed user and stay within each offer's limits";
  }

  @Override
  public List<Finding> evaluate(TransitionRequest request, RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (PlannedSubscription target : request.targets()) {
      context
          .offers()
          .find(target.offerId())
          .filter(offer -> !fits(target.quantity(), offer))
          .ifPresent(offer -> findings.add(outOfRange(target, offer)));
    }
    for (ReplacementGroup group : replacementGroups(request)) {
      compareSeats(group, findings);
    }
    return findings;
  }

  private static boolean fits(int quantity, Offer offer) {
    return quantity >= offer.minQuantity() && quantity <= offer.maxQuantity();
  }

  private static void compareSeats(ReplacementGroup group, List<Finding> findings) {
    long seats = 0;
    for (PlannedSubscription target : group.targets) {
      seats += target.quantity();
    }
    long assigned = 0;
    long purchased = 0;
    for (Subscription source : group.sources) {
      assigned += source.assignedLicenses();
      purchased += source.quantity();
    }
    if (seats < assigned) {
      findings.add(shortfall(group, seats, assigned));
    } else if (seats != purchased) {
      findings.add(countChanged(group, seats, assigned, purchased));
    }
  }

  /** Groups sources and targets into connected components of the "replaces" links. */
  private static List<ReplacementGroup> replacementGroups(TransitionRequest request) {
    List<Subscription> sources = request.sources();
    List<PlannedSubscription> targets = request.targets();
    Map<SubscriptionId, Integer> sourceIndex = new HashMap<>();
    for (int i = 0; i < sources.size(); i++) {
      sourceIndex.put(sources.get(i).id(), i);
    }
    // Union-find over sources 0..n-1 and targets n..n+m-1.
    int[] parent = new int[sources.size() + targets.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int t = 0; t < targets.size(); t++) {
      for (SubscriptionId replaced : targets.get(t).replacedSourceIds()) {
        Integer source = sourceIndex.get(replaced);
        if (source != null) {
          parent[root(parent, sources.size() + t)] = root(parent, source);
        }
      }
    }
    Map<Integer, ReplacementGroup> groups = new HashMap<>();
    List<ReplacementGroup> ordered = new ArrayList<>();
    for (int i = 0; i < parent.length; i++) {
      ReplacementGroup group =
          groups.computeIfAbsent(
              root(parent, i),
              r -> {
                ReplacementGroup created = new ReplacementGroup();
                ordered.add(created);
                return created;
              });
      if (i < sources.size()) {
        group.sources.add(sources.get(i));
      } else {
        group.targets.add(targets.get(i - sources.size()));
      }
    }
    ordered.removeIf(group -> group.sources.isEmpty() || group.targets.isEmpty());
    return ordered;
  }

  private static int root(int[] parent, int node) {
    int root = node;
    while (parent[root] != root) {
      root = parent[root];
    }
    while (parent[node] != root) {
      int next = parent[node];
      parent[node] = root;
      node = next;
    }
    return root;
  }

  private static Finding outOfRange(PlannedSubscription target, Offer offer) {
    int allowed = Math.max(offer.minQuantity(), Math.min(offer.maxQuantity(), target.quantity()));
    return Finding.of(
            FindingCode.QUANTITY_OUT_OF_RANGE,
            List.of(target.id().value(), offer.id().value()),
            String.format(
                "%s plans %d seats of %s, outside the offer's %d to %d",
                target.id(),
                target.quantity(),
                offer.id(),
                offer.minQuantity(),
                offer.maxQuantity()),
            ImmutableMap.of(
                "target", target.id().value(),
                "offerId", offer.id().value(),
                "quantity", target.quantity(),
                "minQuantity", offer.minQuantity(),
                "maxQuantity", offer.maxQuantity()))
        .withAction(new RequiredAction.ChangeQuantity(target.id(), target.quantity(), allowed));
  }

  private static Finding shortfall(ReplacementGroup group, long seats, long assigned) {
    long missing = assigned - seats;
    PlannedSubscription first = group.targets.get(0);
    return Finding.of(
            FindingCode.LICENSE_SHORTFALL,
            group.subjects(),
            String.format(
                "%s %s %d seats but the %d users of %s hold licenses: %d would lose theirs",
                group.targetNames(),
                group.targets.size() == 1 ? "has" : "have",
                seats,
                assigned,
                group.sourceNames(),
                missing),
            ImmutableMap.of(
                "targetSeats", seats, "assignedLicenses", assigned, "missingSeats", missing))
        .withAction(
            new RequiredAction.ChangeQuantity(
                first.id(), first.quantity(), Math.toIntExact(first.quantity() + missing)));
  }

  private static Finding countChanged(
      ReplacementGroup group, long seats, long assigned, long purchased) {
    return Finding.of(
        FindingCode.LICENSE_COUNT_CHANGED,
        group.subjects(),
        String.format(
            "%s %s %d seats where %s %s %d today (%d assigned): the seat count changes by %+d",
            group.targetNames(),
            group.targets.size() == 1 ? "has" : "have",
            seats,
            group.sourceNames(),
            group.sources.size() == 1 ? "has" : "have",
            purchased,
            assigned,
            seats - purchased),
        ImmutableMap.of(
            "targetSeats", seats, "purchasedSeats", purchased, "assignedLicenses", assigned));
  }

  /** A connected set of sources and targets; mutable only while being grouped. */
  private static final class ReplacementGroup {
    final List<Subscription> sources = new ArrayList<>(2);
    final List<PlannedSubscription> targets = new ArrayList<>(2);

    /** Source ids then target ids, each sorted, so reordering the plan changes nothing. */
    List<String> subjects() {
      List<String> subjects = new ArrayList<>(sources.size() + targets.size());
      sources.stream().map(source -> source.id().value()).sorted().forEach(subjects::add);
      targets.stream().map(target -> target.id().value()).sorted().forEach(subjects::add);
      return subjects;
    }

    String sourceNames() {
      return String.join(
          " + ", sources.stream().map(source -> source.id().value()).sorted().toList());
    }

    String targetNames() {
      return String.join(
          " + ", targets.stream().map(target -> target.id().value()).sorted().toList());
    }
  }
}
