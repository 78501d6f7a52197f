/**
 * A user's module: it requires csp-transfer's published modules on the module path and uses nothing
 * but what they export.
 */
module org.csptransfer.consumer {
  requires org.csptransfer.rules;
  requires org.csptransfer.json;
  requires org.csptransfer.catalog;

  exports org.csptransfer.consumer;
}
