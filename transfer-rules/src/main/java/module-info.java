/**
 * The rule pipeline: turns a {@code TransitionRequest} into a {@code TransitionDecision} with a
 * verdict, findings, required actions, a timeline per source and a trace. Pure and thread-safe.
 */
module org.csptransfer.rules {
  requires transitive org.csptransfer.core;
  requires static org.jspecify;

  exports org.csptransfer.rules;
  exports org.csptransfer.rules.planning;
}
