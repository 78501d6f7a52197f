/**
 * The {@code transfer-check} command: reads scenario files (one transition request as JSON),
 * evaluates them with the standard pipeline and prints a report for people or the decision as JSON.
 * Strict: an unknown field, a wrong type or an invalid value is an error naming the file, the JSON
 * path and the problem.
 */
@NullMarked
package org.csptransfer.check;

import org.jspecify.annotations.NullMarked;
