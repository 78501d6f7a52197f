/** The catalog module's parsing of delimited text. Not exported. */
@NullMarked
package org.csptransfer.catalog.internal;

import org.jspecify.annotations.NullMarked;
