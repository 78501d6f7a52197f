package org.csptransfer.core;

/**
 * How a target offer compares to the source offer it replaces, judged on service plans and their
 * tiers (docs/DOMAIN.md, sections 5 and 9).
 *
 * @see OfferCatalog#compare(OfferId, OfferId)
 */
public enum OfferMatch {
  /** The same offer: licenses carry over, users need no reassignment. */
  SAME,
  /**
   * A different offer that covers every service plan of the source (the same plan or a higher tier
   * of its family): no data and no feature is lost, but users must be assigned the new licence.
   */
  EQUIVALENT,
  /**
   * A different offer that covers every plan holding user data but lacks plans that only grant a
   * feature: no data is lost, users lose a feature.
   */
  FEATURES_DROPPED,
  /** The target lacks a plan that holds user data: users' data is at risk. */
  NOT_EQUIVALENT,
  /** At least one of the two offers is missing from the catalog: nothing can be said. */
  UNKNOWN;

  /**
   * Tells whether moving users this way keeps all their data.
   *
   * @return true for {@link #SAME}, {@link #EQUIVALENT} and {@link #FEATURES_DROPPED}
   */
  public boolean keepsData() {
    return this == SAME || this == EQUIVALENT || this == FEATURES_DROPPED;
  }
}
