/**
 * Benchmarks of the csp-transfer pipeline: generated workloads, a hand-written baseline (the
 * practical floor), the same checks written for Easy Rules and Drools, and the JMH benchmarks that
 * run them side by side. Never published.
 */
@NullMarked
package org.csptransfer.benchmarks;

import org.jspecify.annotations.NullMarked;
