/**
 * Implementation details of the core module: the shared value style, the compiled reference tables
 * and text checks. Exported only to csp-transfer's own modules; nothing here is API.
 */
@NullMarked
package org.csptransfer.core.internal;

import org.jspecify.annotations.NullMarked;
