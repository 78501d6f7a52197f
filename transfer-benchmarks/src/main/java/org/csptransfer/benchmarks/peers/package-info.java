/**
 * The same checks written for the rules engines users would pick instead: a fact model of JavaBeans
 * (as those engines expect), the rules for Easy Rules, and the rules in DRL for Drools.
 */
@NullMarked
package org.csptransfer.benchmarks.peers;

import org.jspecify.annotations.NullMarked;
