/**
 * The nouns of a CSP transition: who takes over (the partner), whom (the customer and its tenant),
 * what the customer has (subscriptions), what it will have (planned subscriptions and transfers),
 * which offers exist and how their service plans compare, and the policy that sets the lifecycle
 * periods.
 *
 * <p>Every type is an immutable value with no I/O; invalid values cannot be built. The API uses JDK
 * types only; Guava is an implementation detail.
 */
// The qualified export names modules built after this one: javac cannot see them yet.
@SuppressWarnings("module")
module org.csptransfer.core {
  requires com.google.common;
  requires static org.immutables.value;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;
  requires static org.jspecify;

  exports org.csptransfer.core;
  // The value style and shared checks, for csp-transfer's own modules only.
  exports org.csptransfer.core.internal to
      org.csptransfer.rules,
      org.csptransfer.json;
}
