/**
 * The transition planner: from a customer's current subscriptions to the plan the domain brief
 * recommends (same or equivalent offers, the seats bought today, new subscriptions starting just
 * before the old ones end, every old one left to expire), with the pipeline's decision on it.
 */
@NullMarked
package org.csptransfer.rules.planning;

import org.jspecify.annotations.NullMarked;
