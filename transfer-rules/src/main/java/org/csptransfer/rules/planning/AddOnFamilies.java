package org.csptransfer.rules.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionId;

/**
 * The families of add-ons and their bases: the sources linked by parent ids. A union-find over the
 * links, so that a long chain of add-ons costs time in proportion to its length, and a cycle of
 * parents is one family.
 */
final class AddOnFamilies {

  private AddOnFamilies() {}

  /**
   * Returns the families.
   *
   * @param sources the sources; a parent id naming none of them links nothing
   * @return each family with its sources in their order, the families in the order of their first
   *     source
   */
  static List<List<Subscription>> of(List<Subscription> sources) {
    Map<SubscriptionId, Integer> position = new HashMap<>(sources.size() * 2);
    for (int i = 0; i < sources.size(); i++) {
      position.put(sources.get(i).id(), i);
    }
    int[] parent = new int[sources.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < sources.size(); i++) {
      Optional<SubscriptionId> base = sources.get(i).parentId();
      Integer at = base.isPresent() ? position.get(base.get()) : null;
      if (at != null) {
        int a = find(parent, i);
        int b = find(parent, at);
        // The smaller position stays the representative: families keep their sources' order.
        parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
    Map<Integer, List<Subscription>> families = new LinkedHashMap<>();
    for (int i = 0; i < sources.size(); i++) {
      families.computeIfAbsent(find(parent, i), root -> new ArrayList<>()).add(sources.get(i));
    }
    return new ArrayList<>(families.values());
  }

  private static int find(int[] parent, int i) {
    int root = i;
    while (parent[root] != root) {
      root = parent[root];
    }
    // Path compression: every node on the way now points at the root.
    int at = i;
    while (parent[at] != root) {
      int next = parent[at];
      parent[at] = root;
      at = next;
    }
    return root;
  }
}
