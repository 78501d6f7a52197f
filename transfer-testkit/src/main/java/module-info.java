/**
 * Framework-neutral generators of valid csp-transfer values for property-based tests: samplers that
 * turn a {@link java.util.random.RandomGenerator} into a valid value, whole scenarios, and the
 * contract's worked examples. No third-party module: wrap the samplers in any property-testing
 * library ({@code transfer-testkit-quicktheories} does it for QuickTheories).
 */
module org.csptransfer.testkit {
  requires transitive org.csptransfer.core;
  requires static org.jspecify;

  exports org.csptransfer.testkit;
}
