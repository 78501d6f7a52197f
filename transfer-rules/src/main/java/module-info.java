/**
 * The rule pipeline: turns a {@code TransitionRequest} into a {@code TransitionDecision} with a
 * verdict, findings, required actions, a timeline per source and a trace, and the planner that
 * proposes a plan. Messages are rendered for a locale when asked. Pure and thread-safe.
 */
module org.csptransfer.rules {
  requires transitive org.csptransfer.core;
  requires com.google.common;
  requires static org.immutables.value;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;
  requires static org.jspecify;

  exports org.csptransfer.rules;
  exports org.csptransfer.rules.action;
  exports org.csptransfer.rules.planning;
}
