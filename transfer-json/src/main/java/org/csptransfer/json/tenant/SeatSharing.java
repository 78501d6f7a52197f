package org.csptransfer.json.tenant;

import static org.csptransfer.json.tenant.TenantValues.arguments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.csptransfer.json.tenant.ImportNote.Kind;

/**
 * The assigned licenses of each subscription: Graph counts a SKU's assigned licenses ({@code
 * consumedUnits}) for the SKU, not per subscription, so they are shared over the SKU's
 * subscriptions, those with status {@code Enabled} first, then the latest {@code
 * nextLifecycleDateTime}, then by id, each up to its quantity. Every share over several
 * subscriptions, and every seat beyond the total, is a note; none is invented.
 */
final class SeatSharing {

  /** Enabled first, then the latest next lifecycle date (none last), then by id. */
  private static final Comparator<GraphSubscription> SHARING_ORDER =
      Comparator.comparing((GraphSubscription s) -> !s.enabled())
          .thenComparing(
              s -> s.nextLifecycle, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
          .thenComparing(s -> s.id);

  private final Map<String, Integer> assigned;

  private SeatSharing(Map<String, Integer> assigned) {
    this.assigned = assigned;
  }

  /**
   * Shares each SKU's consumed units over its subscriptions.
   *
   * @param skus the {@code subscribedSkus} items
   * @param subscriptions the {@code directory/subscriptions} items
   * @param notes where the notes of the sharing are added, in the order found
   * @return the shares
   */
  static SeatSharing share(
      List<GraphSku> skus, List<GraphSubscription> subscriptions, List<ImportNote> notes) {
    Map<String, List<GraphSubscription>> bySku = new LinkedHashMap<>();
    for (GraphSubscription subscription : subscriptions) {
      bySku
          .computeIfAbsent(subscription.skuPartNumber.strip(), sku -> new ArrayList<>())
          .add(subscription);
    }
    Map<String, GraphSku> consumed = new LinkedHashMap<>();
    Map<String, Long> units = new HashMap<>();
    for (GraphSku sku : skus) {
      String partNumber = sku.partNumber.strip();
      GraphSku earlier = consumed.putIfAbsent(partNumber, sku);
      long total = units.merge(partNumber, sku.consumedUnits, Long::sum);
      if (earlier != null) {
        // Two items of one part number (two SKU ids): their users are all counted, with a note.
        notes.add(
            ImportNote.of(Kind.SKU_REPEATED, arguments("sku", partNumber, "assigned", total)));
      }
    }
    for (Map.Entry<String, GraphSku> sku : consumed.entrySet()) {
      long assignedUnits = units.getOrDefault(sku.getKey(), 0L);
      if (!bySku.containsKey(sku.getKey()) && assignedUnits > 0 && !sku.getValue().tenantWide) {
        notes.add(
            ImportNote.of(
                Kind.SKU_WITHOUT_SUBSCRIPTION,
                arguments("sku", sku.getKey(), "assigned", assignedUnits)));
      }
    }
    Map<String, Integer> assigned = new HashMap<>();
    for (Map.Entry<String, List<GraphSubscription>> entry : bySku.entrySet()) {
      String partNumber = entry.getKey();
      List<GraphSubscription> shared = new ArrayList<>(entry.getValue());
      GraphSku sku = consumed.get(partNumber);
      if (sku == null) {
        // Their assigned licenses stay 0: no count exists to share.
        notes.add(
            ImportNote.of(
                Kind.SKU_NOT_SUBSCRIBED, Map.of("sku", partNumber, "sources", idsOf(shared))));
      } else if (sku.tenantWide) {
        // Graph: only SKUs that apply to users are assignable; a tenant-wide one (extra storage)
        // is used by everyone, so all its seats count as assigned.
        for (GraphSubscription subscription : shared) {
          assigned.put(subscription.id, subscription.totalLicenses);
        }
        notes.add(
            ImportNote.of(
                Kind.TENANT_WIDE_SKU, Map.of("sku", partNumber, "sources", idsOf(shared))));
      } else {
        shareOne(partNumber, units.getOrDefault(partNumber, 0L), shared, assigned, notes);
      }
    }
    return new SeatSharing(assigned);
  }

  /** Shares one SKU's consumed units over its subscriptions, in the sharing order. */
  private static void shareOne(
      String partNumber,
      long consumedUnits,
      List<GraphSubscription> shared,
      Map<String, Integer> assigned,
      List<ImportNote> notes) {
    shared.sort(SHARING_ORDER);
    long left = consumedUnits;
    long total = 0;
    List<String> shares = new ArrayList<>();
    for (GraphSubscription subscription : shared) {
      int share = (int) Math.min(left, subscription.totalLicenses);
      assigned.put(subscription.id, share);
      left -= share;
      total += subscription.totalLicenses;
      shares.add(subscription.id + ": " + share);
    }
    if (shared.size() > 1 && consumedUnits > 0) {
      notes.add(
          ImportNote.of(
              Kind.SEATS_SHARED,
              arguments(
                  "sku",
                  partNumber,
                  "assigned",
                  consumedUnits,
                  "subscriptions",
                  shared.size(),
                  "shares",
                  shares)));
    }
    if (left > 0) {
      notes.add(
          ImportNote.of(
              Kind.SEATS_BEYOND_TOTAL,
              arguments(
                  "sku", partNumber, "assigned", consumedUnits, "total", total, "excess", left)));
    }
  }

  /**
   * Returns a subscription's share.
   *
   * @param subscriptionId the subscription's id as read
   * @return its assigned licenses; 0 when its SKU has no count to share
   */
  int assignedTo(String subscriptionId) {
    return assigned.getOrDefault(subscriptionId, 0);
  }

  private static List<String> idsOf(List<GraphSubscription> subscriptions) {
    List<String> ids = new ArrayList<>();
    subscriptions.forEach(subscription -> ids.add(subscription.id));
    return ids;
  }
}
