package org.csptransfer.json.tenant;

import static org.csptransfer.json.tenant.TenantValues.arguments;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.json.tenant.ImportNote.Kind;

/**
 * Partner Center's {@code parentSubscriptionId} can name, through other add-ons, an add-on of the
 * subscription itself; a scenario's parent links cannot form a cycle. One link of each cycle is
 * dropped, with a note: the link of the cycle's first source in the bodies' order.
 */
final class ParentCycles {

  private static final byte UNSEEN = 0;
  private static final byte ON_PATH = 1;
  private static final byte DONE = 2;

  private ParentCycles() {}

  /**
   * Returns the sources with one link of each cycle dropped. Linear in the number of sources: each
   * is walked once.
   *
   * @param sources the sources, in the bodies' order
   * @param notes where a note per broken cycle is added
   * @return the sources in the same order, those whose link was dropped rebuilt without it
   */
  static List<Subscription> broken(List<Subscription> sources, List<ImportNote> notes) {
    List<Subscription> result = new ArrayList<>(sources);
    int count = result.size();
    Map<SubscriptionId, Integer> index = new HashMap<>(count * 2);
    for (int i = 0; i < count; i++) {
      index.put(result.get(i).id(), i);
    }
    int[] parent = new int[count];
    for (int i = 0; i < count; i++) {
      Integer found = result.get(i).parentId().map(index::get).orElse(null);
      parent[i] = found == null ? -1 : found;
    }
    byte[] state = new byte[count];
    List<Integer> path = new ArrayList<>();
    for (int start = 0; start < count; start++) {
      path.clear();
      int node = start;
      while (node != -1 && state[node] == UNSEEN) {
        state[node] = ON_PATH;
        path.add(node);
        node = parent[node];
      }
      if (node != -1 && state[node] == ON_PATH) {
        List<Integer> cycle = path.subList(path.indexOf(node), path.size());
        int first = Collections.min(cycle);
        Subscription broken = result.get(first);
        result.set(first, Subscription.builder().from(broken).parentId(Optional.empty()).build());
        notes.add(
            ImportNote.of(
                Kind.PARENT_CYCLE,
                arguments(
                    "source",
                    broken.id().value(),
                    "parent",
                    broken.parentId().orElseThrow().value(),
                    "length",
                    cycle.size())));
      }
      for (int visited : path) {
        state[visited] = DONE;
      }
    }
    return result;
  }
}
