/**
 * The JSON formats of csp-transfer: scenarios (one transition request with its offers and policy),
 * decisions and proposed plans, and the import of Microsoft Graph and Partner Center subscription
 * bodies into scenarios. Jackson stays an implementation detail.
 */
module org.csptransfer.json {
  requires transitive org.csptransfer.rules;
  requires org.csptransfer.catalog;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires static org.jspecify;
  requires static org.immutables.value;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;

  exports org.csptransfer.json;
  exports org.csptransfer.json.tenant;
}
