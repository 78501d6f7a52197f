/**
 * Runnable samples, one per situation of docs/DOMAIN.md: each builds a plan with the Java API,
 * evaluates it and prints the report. Read one top to bottom to learn the library.
 */
@NullMarked
package org.csptransfer.examples.samples;

import org.jspecify.annotations.NullMarked;
