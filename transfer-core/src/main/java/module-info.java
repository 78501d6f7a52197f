/**
 * The nouns of a CSP transition: who takes over (the partner), whom (the customer and its tenant),
 * what the customer has (subscriptions), what it will have (planned subscriptions), which offers
 * exist, and the policy that sets the lifecycle periods.
 *
 * <p>Every type is an immutable value with no I/O; invalid values cannot be built.
 */
module org.csptransfer.core {
  requires transitive com.google.common;
  requires static org.immutables.value;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;
  requires static org.jspecify;

  exports org.csptransfer.core;
}
