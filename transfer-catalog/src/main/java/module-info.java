/**
 * Microsoft's SKU reference as dated reference data: every SKU of "Product names and service plan
 * identifiers for licensing" with its service plans, loaded once on first use, and readers for
 * newer editions of that file and of the service plan tier table.
 */
module org.csptransfer.catalog {
  requires transitive org.csptransfer.core;
  requires static org.jspecify;

  exports org.csptransfer.catalog;
}
