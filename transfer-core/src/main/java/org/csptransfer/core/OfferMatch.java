package org.csptransfer.core;

/**
 * How a target offer compares to the source offer it replaces (domain brief, section 5).
 *
 * @see OfferCatalog#compare(OfferId, OfferId)
 */
public enum OfferMatch {
  /** The same offer: licenses carry over, users need no reassignment. */
  SAME,
  /**
   * A different offer whose service plans include all of the source's: no data is lost, but users
   * must be assigned the new offer's licence.
   */
  EQUIVALENT,
  /** The target lacks at least one service plan of the source: users' data is at risk. */
  NOT_EQUIVALENT,
  /** At least one of the two offers is missing from the catalog: nothing can be said. */
  UNKNOWN
}
