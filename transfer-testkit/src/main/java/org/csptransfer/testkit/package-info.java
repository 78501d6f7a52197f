/**
 * Generators of valid csp-transfer values for property-based tests.
 *
 * <p>{@link org.csptransfer.testkit.CoreSamplers} holds the generation logic as framework-neutral
 * {@link org.csptransfer.testkit.Sampler samplers} (a {@link java.util.random.RandomGenerator} in,
 * a valid value out), so users of any property-testing library can wrap them. This module needs no
 * framework; {@code org.csptransfer.testkit.quicktheories.CoreGens}, in the module {@code
 * transfer-testkit-quicktheories}, offers the same values as QuickTheories generators, which shrink
 * through QuickTheories' own randomness source.
 */
@NullMarked
package org.csptransfer.testkit;

import org.jspecify.annotations.NullMarked;
