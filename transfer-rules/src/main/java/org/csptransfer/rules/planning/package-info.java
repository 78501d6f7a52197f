/**
 * The transition planner: from a customer's current subscriptions to the plan the contract
 * recommends (partner-to-partner transfers where a transfer can move a subscription; elsewhere the
 * same or an equivalent offer, the seats bought today, new subscriptions starting just before the
 * old ones end, every old one left to expire), with the pipeline's decision on it and notes saying
 * why.
 */
@NullMarked
@ValueStyle
@CheckReturnValue
package org.csptransfer.rules.planning;

import com.google.errorprone.annotations.CheckReturnValue;
import org.csptransfer.core.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
