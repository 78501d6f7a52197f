/**
 * The domain model of a transition to a Cloud Solution Provider partner: identifiers, countries and
 * {@link org.csptransfer.core.RegionCatalog regions}, the {@link org.csptransfer.core.Partner
 * partner} and the {@link org.csptransfer.core.Customer customer}, {@link
 * org.csptransfer.core.OfferCatalog offers} compared on their service plans and {@link
 * org.csptransfer.core.ServicePlanTiers tiers}, the customer's current {@link
 * org.csptransfer.core.Subscription subscriptions}, the {@link
 * org.csptransfer.core.PlannedSubscription planned} ones and the partner-to-partner {@link
 * org.csptransfer.core.Transfer transfers}, gathered in a {@link
 * org.csptransfer.core.TransitionRequest}, the {@link org.csptransfer.core.TransitionPolicy} and
 * the {@link org.csptransfer.core.LifecycleTable lifecycles by channel}; a request with its offers
 * and policy is a {@link org.csptransfer.core.Scenario}; every value keeps within the {@link
 * org.csptransfer.core.Limits}.
 *
 * <p>All types are immutable and thread-safe. Structural mistakes (a blank id, a negative quantity,
 * more assigned licenses than seats, a date outside the limits) are refused at construction with an
 * {@link java.lang.IllegalArgumentException} whose message names the owner, the field and the
 * value; a missing mandatory attribute with an {@link java.lang.IllegalStateException}; a {@code
 * null} with a {@link java.lang.NullPointerException} naming the attribute. Business judgements are
 * never made here. The domain's facts and their sources are in {@code docs/DOMAIN.md}.
 */
@NullMarked
@ValueStyle
@CheckReturnValue
package org.csptransfer.core;

import com.google.errorprone.annotations.CheckReturnValue;
import org.csptransfer.core.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
