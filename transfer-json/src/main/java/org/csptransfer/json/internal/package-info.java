/** How the JSON module reads and writes: strict object readers and safe text. Not exported. */
@NullMarked
package org.csptransfer.json.internal;

import org.jspecify.annotations.NullMarked;
