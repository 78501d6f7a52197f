/**
 * csp-transfer's generators as QuickTheories {@code Gen}s: the framework-neutral samplers of {@code
 * org.csptransfer.testkit} drawn through QuickTheories' randomness source, so that a failing case
 * shrinks.
 */
@NullMarked
package org.csptransfer.testkit.quicktheories;

import org.jspecify.annotations.NullMarked;
