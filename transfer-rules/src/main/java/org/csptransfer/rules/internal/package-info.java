/**
 * The standard rules. Not exported: users reach them through {@link
 * org.csptransfer.rules.StandardRule} and the pipeline's builder.
 */
@NullMarked
package org.csptransfer.rules.internal;

import org.jspecify.annotations.NullMarked;
