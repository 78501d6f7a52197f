/**
 * Implementation details of the core module: the shared value style and the compiled region tables.
 * Not exported; nothing here is API.
 */
@NullMarked
package org.csptransfer.core.internal;

import org.jspecify.annotations.NullMarked;
