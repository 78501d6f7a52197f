/**
 * The tenant import: {@link org.csptransfer.json.tenant.TenantImport} turns the JSON bodies of
 * Microsoft Graph ({@code subscribedSkus}, {@code directory/subscriptions}) and of Partner Center
 * ({@code customers/{id}/subscriptions}) into a scenario, with an {@link
 * org.csptransfer.json.tenant.ImportNote} for everything it could not carry over as it stands.
 *
 * <p>Inside, one class per responsibility: the three bodies' items ({@code GraphSku}, {@code
 * GraphSubscription}, {@code PartnerCenterItem}), the sharing of a SKU's assigned licenses over its
 * subscriptions ({@code SeatSharing}), the mapping of a subscription to a source ({@code
 * SourceMapping}), the breaking of parent cycles ({@code ParentCycles}) and the offers made of the
 * tenant's SKUs ({@code ImportedOffers}).
 */
@NullMarked
@ValueStyle
@CheckReturnValue
package org.csptransfer.json.tenant;

import com.google.errorprone.annotations.CheckReturnValue;
import org.csptransfer.core.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
