package org.csptransfer.rules;

/** Why a source stops serving users. */
public enum EndReason {
  /** It is left to expire after its term end. */
  TERM_END,
  /** It is cancelled: it skips the Expired state and is disabled at once. */
  CANCELLATION
}
