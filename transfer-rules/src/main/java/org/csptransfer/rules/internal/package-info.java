/**
 * What the rules and the planner share that is not API: day and money arithmetic, message tables
 * and their template language. Not exported.
 */
@NullMarked
package org.csptransfer.rules.internal;

import org.jspecify.annotations.NullMarked;
