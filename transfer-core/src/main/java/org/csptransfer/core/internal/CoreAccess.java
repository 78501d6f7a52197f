package org.csptransfer.core.internal;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.function.Function;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.TransitionRequest;
import org.jspecify.annotations.Nullable;

/**
 * Gives csp-transfer's own modules what a request computes once but does not publish: the position
 * of each source. The rules index per-source state by position; rebuilding the map per evaluation
 * would double its cost. {@link TransitionRequest} registers the accessor when its class is
 * initialized, which happens before any request exists.
 */
public final class CoreAccess {

  private static volatile @Nullable Function<TransitionRequest, Map<SubscriptionId, Integer>>
      sourceIndex;

  private CoreAccess() {}

  /**
   * Registers the accessor; called once, by {@link TransitionRequest}.
   *
   * @param accessor the request's source index
   */
  public static void register(Function<TransitionRequest, Map<SubscriptionId, Integer>> accessor) {
    sourceIndex = requireNonNull(accessor, "accessor");
  }

  /**
   * Returns the position of a source in a request's {@link TransitionRequest#sources()}.
   *
   * @param request the request
   * @param source the source's id
   * @return its position from 0, or -1 if the request has no such source
   */
  public static int positionOf(TransitionRequest request, SubscriptionId source) {
    Function<TransitionRequest, Map<SubscriptionId, Integer>> accessor =
        requireNonNull(sourceIndex, "TransitionRequest not initialized");
    Integer position = accessor.apply(request).get(source);
    return position == null ? -1 : position;
  }
}
