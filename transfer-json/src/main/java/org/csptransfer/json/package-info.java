/**
 * The JSON formats of csp-transfer: {@link org.csptransfer.json.ScenarioReader} and {@link
 * org.csptransfer.json.ScenarioWriter} for scenarios (a transition request with its offers and
 * policy), {@link org.csptransfer.json.DecisionWriter} for decisions and proposed plans, and {@link
 * org.csptransfer.json.tenant.TenantImport} (package {@code org.csptransfer.json.tenant}) for
 * Microsoft Graph and Partner Center bodies. Every error of a reader is a {@link
 * org.csptransfer.json.ScenarioException} naming the JSON path; Jackson stays an implementation
 * detail.
 */
@NullMarked
@CheckReturnValue
package org.csptransfer.json;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
