package org.csptransfer.benchmarks;

import java.util.List;
import org.csptransfer.core.TransitionRequest;

/**
 * The requests of a benchmark, taken in turn: each invocation measures the next one, so that no
 * single plan is measured alone and the verdict mix holds over an iteration.
 */
final class RequestPool {

  private final List<TransitionRequest> requests;
  private int next;

  /**
   * Returns a pool.
   *
   * @param requests the requests, at least one
   */
  RequestPool(List<TransitionRequest> requests) {
    this.requests = requests;
  }

  /**
   * Returns the next request, starting again after the last.
   *
   * @return the request
   */
  TransitionRequest next() {
    TransitionRequest request = requests.get(next);
    next = next + 1 == requests.size() ? 0 : next + 1;
    return request;
  }
}
