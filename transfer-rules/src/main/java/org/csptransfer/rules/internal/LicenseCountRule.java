package org.csptransfer.rules.internal;

import com.google.common.collect.ImmutableMap;
import com.google.common.primitives.ImmutableIntArray;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.csptransfer.core.Offer;
import org.csptransfer.core.PlannedSubscription;
import org.csptransfer.core.Subscription;
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
    List<Finding> findings = List.of();
    for (PlannedSubscription target : request.targets()) {
      Optional<Offer> offer = context.offers().find(target.offerId());
      if (offer.isPresent() && !fits(target.quantity(), offer.get())) {
        findings = FindingList.add(findings, outOfRange(target, offer.get()));
      }
    }
    return compareGroups(request, context, findings);
  }

  private static boolean fits(int quantity, Offer offer) {
    return quantity >= offer.minQuantity() && quantity <= offer.maxQuantity();
  }

  /**
   * Groups sources and targets into connected components of the "replaces" links (union-find over
   * sources 0..n-1 and targets n..n+m-1) and compares the seats of each group that has both.
   */
  private static List<Finding> compareGroups(
      TransitionRequest request, RuleContext context, List<Finding> findings) {
    List<Subscription> sources = request.sources();
    List<PlannedSubscription> targets = request.targets();
    int n = sources.size();
    int[] parent = new int[n + targets.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int t = 0; t < targets.size(); t++) {
      ImmutableIntArray replaced = context.sourcePositionsReplacedBy(t);
      for (int r = 0; r < replaced.length(); r++) {
        parent[root(parent, n + t)] = root(parent, replaced.get(r));
      }
    }
    // Per root: seats of its targets, assigned and purchased seats of its sources; only sources
    // can be roots of a group with a source, so n slots suffice.
    long[] seats = new long[n];
    long[] assigned = new long[n];
    long[] purchased = new long[n];
    boolean[] hasTarget = new boolean[n];
    for (int t = 0; t < targets.size(); t++) {
      int root = root(parent, n + t);
      if (root < n) {
        seats[root] += targets.get(t).quantity();
        hasTarget[root] = true;
      }
    }
    for (int i = 0; i < n; i++) {
      int root = root(parent, i);
      assigned[root] += sources.get(i).assignedLicenses();
      purchased[root] += sources.get(i).quantity();
    }
    for (int root = 0; root < n; root++) {
      // A root of a group with a source is a source: unions always attach to the source's root.
      if (parent[root] != root || !hasTarget[root]) {
        continue;
      }
      if (seats[root] < assigned[root]) {
        findings =
            FindingList.add(
                findings, shortfall(members(request, parent, root), seats[root], assigned[root]));
      } else if (seats[root] != purchased[root]) {
        findings =
            FindingList.add(
                findings,
                countChanged(
                    members(request, parent, root), seats[root], assigned[root], purchased[root]));
      }
    }
    return findings;
  }

  /** The sources and targets of one group; built only when the group raises a finding. */
  private static ReplacementGroup members(TransitionRequest request, int[] parent, int root) {
    ReplacementGroup group = new ReplacementGroup();
    int n = request.sources().size();
    for (int i = 0; i < parent.length; i++) {
      if (root(parent, i) == root) {
        if (i < n) {
          group.sources.add(request.sources().get(i));
        } else {
          group.targets.add(request.targets().get(i - n));
        }
      }
    }
    return group;
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
            ""
                + target.id()
                + " plans "
                + target.quantity()
                + " seats of "
                + offer.id()
                + ", outside the offer's "
                + offer.minQuantity()
                + " to "
                + offer.maxQuantity(),
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
            ""
                + group.targetNames()
                + " "
                + has(group.targets)
                + " "
                + seats
                + " seats but the "
                + assigned
                + " users of "
                + group.sourceNames()
                + " hold licenses: "
                + missing
                + " would lose theirs",
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
        ""
            + group.targetNames()
            + " "
            + has(group.targets)
            + " "
            + seats
            + " seats where "
            + group.sourceNames()
            + " "
            + has(group.sources)
            + " "
            + purchased
            + " today ("
            + assigned
            + " assigned): the seat count changes by "
            + ((seats - purchased) >= 0 ? "+" : "")
            + (seats - purchased),
        ImmutableMap.of(
            "targetSeats", seats, "purchasedSeats", purchased, "assignedLicenses", assigned));
  }

  /** The verb for the subjects of a message: one subscription has, several have. */
  private static String has(List<?> subscriptions) {
    return subscriptions.size() == 1 ? "has" : "have";
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
