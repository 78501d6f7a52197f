package org.csptransfer.rules.internal;

import java.util.Map;

/**
 * The English messages: every finding, action, planner note and report text, by key. The template
 * language is {@link Template}'s. English is the fallback of every other language.
 */
public final class EnglishMessages {

  private EnglishMessages() {}

  /**
   * Returns the templates by key.
   *
   * @return the English table
   */
  public static Map<String, String> table() {
    return Map.ofEntries(
        // Findings, by code.
        Map.entry(
            "finding.RELATIONSHIP_MISSING",
            "{customer} has no reseller relationship with {partner} ({partnerId}): the partner"
                + " cannot provision or receive subscriptions for tenant {tenantId}"),
        Map.entry(
            "finding.RELATIONSHIP_PENDING",
            "{customer} has not yet accepted the reseller relationship request of {partner}"
                + " ({partnerId}) for tenant {tenantId}"),
        Map.entry(
            "finding.SAME_PARTNER",
            "{source} is already held through {partner} ({partnerId}): there is nothing to move"),
        Map.entry(
            "finding.UNSUPPORTED_MARKET",
            "The tenant's country {tenantCountry} is in no CSP region of the {regionTable} table:"
                + " no CSP partner can serve it"),
        Map.entry(
            "finding.REGION_MISMATCH",
            "The tenant's country {tenantCountry} is in region {tenantRegion}, but {partner}"
                + " ({partnerId}) is authorized only for: {authorizedRegions}"),
        Map.entry(
            "finding.TRANSFER_NOT_ELIGIBLE",
            "{source} cannot be moved by transfer {transfer} on {date}: {reason@reason}"),
        Map.entry(
            "finding.TRANSFER_DATE_PASSED",
            "Transfer {transfer} is dated {date}, before {asOf}: a transfer cannot happen in the"
                + " past"),
        Map.entry(
            "finding.TRANSFER_TOO_MANY_ITEMS",
            "Transfer {transfer} holds {count} subscriptions, more than the {maximum} one request"
                + " may hold"),
        Map.entry(
            "finding.TRANSFER_MIXED_PARTNERS",
            "Transfer {transfer} holds subscriptions of several partners ({partnerIds}): one"
                + " request moves the subscriptions of one partner"),
        Map.entry("finding.TRANSFER_SPLITS_ADDON", "{situation@splitAddon}"),
        Map.entry(
            "finding.TRANSFER_AND_REPLACEMENT",
            "{source} is moved by transfer {transfer} and also replaced by {targets}: the customer"
                + " would pay twice"),
        Map.entry(
            "finding.UNKNOWN_OFFER",
            "{subscription} names offer {offerId}, which is not in the offer catalog"),
        Map.entry(
            "finding.SOURCE_NOT_COVERED",
            "No target replaces {source} ({offerId}) and no transfer moves it: its"
                + " {assignedLicenses} {assignedLicenses|user|users} would lose their licenses"),
        Map.entry(
            "finding.OFFER_NOT_AVAILABLE",
            "{target} plans offer {offerId}, which is no longer available for purchase"),
        Map.entry(
            "finding.OFFER_NOT_EQUIVALENT",
            "{target} ({toOffer}) lacks {missingServicePlans@plan} of {source} ({fromOffer}): the"
                + " data of {users} {users|user|users} in {missingServicePlans|this service|these"
                + " services} would be lost"),
        Map.entry(
            "finding.ADDON_WITHOUT_BASE",
            "{target} plans add-on {offerId} without any of its base offers ({prerequisites})"),
        Map.entry(
            "finding.LICENSE_REASSIGNMENT_REQUIRED",
            "{target} moves {users} {users|user|users} of {source} from {fromOffer} to {toOffer}:"
                + " their licenses must be reassigned"),
        Map.entry(
            "finding.SERVICE_PLAN_DROPPED",
            "{target} ({toOffer}) lacks {droppedServicePlans@plan} of {source} ({fromOffer}):"
                + " {users} {users|user loses|users lose} {droppedServicePlans|this feature|these"
                + " features}, no data"),
        Map.entry(
            "finding.SOURCE_OFFER_DISCONTINUED",
            "{source}'s offer {fromOffer} is no longer sold; {target} replaces it with equivalent"
                + " offer {toOffer}"),
        Map.entry(
            "finding.LICENSE_SHORTFALL",
            "{targets} {targets|has|have} {targetSeats} seats but the {assignedLicenses} users"
                + " of {sources} hold licenses: {missingSeats} would lose theirs"),
        Map.entry(
            "finding.LICENSE_COUNT_CHANGED",
            "{targets} {targets|has|have} {targetSeats} seats where {sources}"
                + " {sources|has|have} {purchasedSeats} today ({assignedLicenses} assigned): the"
                + " seat count changes by {change}"),
        Map.entry(
            "finding.QUANTITY_OUT_OF_RANGE",
            "{target} plans {quantity} seats of {offerId}, outside the offer's {minQuantity} to"
                + " {maxQuantity}"),
        Map.entry(
            "finding.STACK_SHORTFALL",
            "{target} ({offerId}) stacks on {stacksOn} with {seats} seats for its {baseSeats}"
                + " users: {missingSeats} {missingSeats|user misses|users miss} its service"
                + " plans"),
        Map.entry(
            "finding.SOURCE_INACTIVE",
            "{source} is {status@status} on {asOf}: users may already have lost access"),
        Map.entry(
            "finding.EARLY_CANCELLATION",
            "{source} is cancelled on {cancelOn}, before its term ends on {termEnd} and without"
                + " refund: {forfeitedDays} prepaid days{forfeitedValue? worth {forfeitedValue}}"
                + " {cancellable@cancellable}"),
        Map.entry(
            "finding.AUTO_RENEWAL_ON",
            "{source} is left to expire but renews for a new term on {renewsOn} unless its"
                + " auto-renewal is turned off ({known@autoRenewKnown}): the customer would pay"
                + " for it and for its replacement"),
        Map.entry(
            "finding.OVERLAP_DOUBLE_BILLING",
            "{target} starts {targetStart} while {source} serves users until {lastDayOfService}:"
                + " {overlapDays} days are billed twice (tolerance {toleranceDays})"),
        Map.entry(
            "finding.SERVICE_GAP",
            "{target} starts {targetStart}, {gapDays} days after {source}'s last day of service"
                + " {lastDayOfService}: users keep access while it is expired, within its"
                + " {graceDays} grace days"),
        Map.entry(
            "finding.SERVICE_INTERRUPTION",
            "{target} starts {targetStart}, {gapDays} days after {source}'s last day of service"
                + " {lastDayOfService}: users lose access from {firstDayDisabled}"),
        Map.entry(
            "finding.DATA_LOSS",
            "{target} starts {targetStart}, {gapDays} days after {source}'s last day of service"
                + " {lastDayOfService}: the source's data is deleted from {firstDayDeleted}"),
        // Values looked up by findings.
        Map.entry(
            "reason.CHANNEL",
            "it was not bought from a CSP partner (channel {channel}); only CSP subscriptions"
                + " transfer, the others are bought new"),
        Map.entry("reason.LEGACY", "it is a legacy CSP subscription, not new commerce"),
        Map.entry("reason.TRIAL", "it is a trial, with no billing to transfer"),
        Map.entry("reason.STATUS", "it is {status@status} on {asOf}, not active"),
        Map.entry("reason.ENDED", "its term ends on {termEnd}, before the transfer date"),
        Map.entry(
            "reason.PENDING", "it already belongs to the open transfer request {pendingTransfer}"),
        Map.entry(
            "splitAddon.ADDON_WITHOUT_BASE",
            "Add-on {source} is moved by transfer {transfer} without its base {parent}"),
        Map.entry(
            "splitAddon.BASE_WITHOUT_ADDON",
            "Base {parent} is moved by transfer {parentTransfer} without its add-on {source}"),
        Map.entry(
            "splitAddon.DIFFERENT_REQUESTS",
            "Add-on {source} is in transfer {transfer} but its base {parent} is in transfer"
                + " {parentTransfer}: an add-on moves with its base"),
        Map.entry("cancellable.true", "are lost"),
        Map.entry(
            "cancellable.false",
            "are billed all the same: past its cancellation window Microsoft refuses the"
                + " cancellation and bills it until its term ends"),
        Map.entry("autoRenewKnown.true", "it is on"),
        Map.entry("autoRenewKnown.false", "not known, and on by Microsoft's default"),
        Map.entry("status.ACTIVE", "active"),
        Map.entry("status.SUSPENDED", "suspended"),
        Map.entry("status.EXPIRED", "expired"),
        Map.entry("status.DISABLED", "disabled"),
        Map.entry("status.DELETED", "deleted"),
        Map.entry("list.none", "none"),
        // Planner notes, by kind.
        Map.entry(
            "note.HELD_BY_TARGET_PARTNER",
            "{source} is already held through {partner}: nothing to move, left out of the plan"),
        Map.entry(
            "note.PARENT_LEFT_OUT",
            "{source} is an add-on of {parent}, which stays with {partner}: it is planned on its"
                + " own"),
        Map.entry(
            "note.LET_EXPIRE_INSTEAD",
            "{source} was to be cancelled on {cancelOn}: the plan lets it expire after {termEnd}"
                + " instead"),
        Map.entry(
            "note.CANCELLING_NOW_FORFEITS",
            "cancelling {source} now ({asOf}) instead would forfeit {forfeitedDays} prepaid days"
                + " worth {forfeitedValue}"),
        Map.entry("note.INACTIVE_LEFT_TO_LAPSE", "{source} is {status@status}: left to lapse"),
        Map.entry("note.UNUSED_LEFT_TO_LAPSE", "{source} has no assigned licenses: left to lapse"),
        Map.entry(
            "note.OFFER_NOT_IN_CATALOG",
            "{source} cannot be moved safely: its offer {offerId} is not in the offer catalog"),
        Map.entry(
            "note.NO_REPLACEMENT",
            "{source} cannot be moved safely: no offer for sale keeps the data of {offerId},"
                + " alone or with another stacked on it"),
        Map.entry(
            "note.SUCCESSOR_CHOSEN",
            "{source}: {fromOffer} is no longer sold; {toOffer} is its declared successor: users"
                + " must be reassigned"),
        Map.entry(
            "note.EQUIVALENT_CHOSEN",
            "{source}: {fromOffer} is no longer sold; {toOffer} keeps all its service plans with"
                + " the fewest extra ones: users must be reassigned"),
        Map.entry(
            "note.FEATURES_DROPPED",
            "{source}: no offer for sale keeps every plan of {fromOffer}; {toOffer} keeps its data"
                + " but drops {droppedServicePlans@plan}: users must be reassigned"),
        Map.entry(
            "note.STACKED_REPLACEMENT",
            "{source}: no single offer for sale keeps the data of {fromOffer}; {toOffer} with"
                + " {stackedOffer} stacked on it for the same users does"),
        Map.entry(
            "note.MINIMUM_RAISED", "{offerId} sells at least {minimum} seats: {seats} raised"),
        Map.entry(
            "note.SPLIT",
            "{seats} seats of {offerId} exceed its maximum of {maximum} per subscription: split"
                + " over {count} subscriptions"),
        Map.entry(
            "note.TOO_MANY_TARGETS",
            "{sources} would need {count} subscriptions of {offerId}, more than the {limit} a plan"
                + " may propose: not planned"),
        Map.entry(
            "note.TRANSFERRED",
            "{sources} {sources|moves|move} from partner {partnerId} by transfer {transfer} on"
                + " {date}: same offer, seats and term end, no reassignment"),
        Map.entry(
            "note.NOT_TRANSFERABLE",
            "{source} cannot be transferred, {reason@reason}: it is bought new"),
        Map.entry(
            "note.FAMILY_NOT_TRANSFERABLE",
            "{source} is bought new: it moves with {family}, and not all of them can be"
                + " transferred"),
        Map.entry(
            "note.FAMILY_TOO_LARGE",
            "{source} and {family} are {count} subscriptions that move together, more than the"
                + " {maximum} one transfer request may hold: bought new"),
        // Notes of a tenant import, by kind.
        Map.entry(
            "import.SEATS_SHARED",
            "{sku}: Graph counts {assigned} assigned licenses for the SKU, not per subscription;"
                + " shared over its {subscriptions} subscriptions, active ones first, then the"
                + " latest to end: {shares}"),
        Map.entry(
            "import.SEATS_BEYOND_TOTAL",
            "{sku}: {assigned} licenses are assigned but its subscriptions hold {total}; the"
                + " {excess} beyond are not counted"),
        Map.entry(
            "import.SKU_NOT_SUBSCRIBED",
            "{sku} is not in subscribedSkus: {sources} {sources|counts|count} no assigned"
                + " licenses"),
        Map.entry(
            "import.PLANS_FROM_REFERENCE",
            "{sku} is not in subscribedSkus: its service plans are those of Microsoft's SKU"
                + " reference"),
        Map.entry(
            "import.NO_SERVICE_PLANS",
            "{sku} is neither in subscribedSkus nor in the SKU reference: its offer has no"
                + " service plans"),
        Map.entry(
            "import.CHANNEL_UNKNOWN",
            "{sources} {sources|was|were} not bought from a CSP partner as far as Graph tells"
                + " (no ownerTenantId of another tenant): channel OTHER, since Graph does not tell"
                + " direct, Enterprise Agreement and Open apart"),
        Map.entry(
            "import.PARTNER_CENTER_UNMATCHED",
            "Partner Center subscription {subscription} matches no Graph subscription: ignored"),
        Map.entry(
            "import.PARTNER_CENTER_STATUS_KEPT",
            "{source}: Partner Center status '{status}' has no equivalent; Graph's status"
                + " ({kept@status}) kept"),
        Map.entry(
            "import.TERM_END_DERIVED",
            "{source}: Graph's status {status} moves to its next state on {nextLifecycle}; its"
                + " term ended {days} days before, on {termEnd}"),
        Map.entry(
            "import.COMMITMENT_END_IGNORED",
            "{source}: Partner Center's commitmentEndDate {date} is no real date (a subscription"
                + " that does not renew); Graph's date is kept"),
        Map.entry(
            "import.PARTNER_TENANT_UNKNOWN",
            "{sources} {sources|is|are} held through a CSP partner named by its tenant id; without"
                + " --partner-tenant the import cannot tell whether that is already the new"
                + " partner"),
        Map.entry(
            "import.SKU_WITHOUT_SUBSCRIPTION",
            "{sku}: {assigned} {assigned|user holds|users hold} a license but no subscription of the tenant sells it: not carried over"),
        Map.entry(
            "import.SKU_REPEATED",
            "{sku} appears more than once in subscribedSkus: its {assigned} assigned licenses are counted together"),
        Map.entry(
            "import.TENANT_WIDE_SKU",
            "{sku} applies to the whole tenant, not to users: all seats of {sources} count as"
                + " used"),
        Map.entry(
            "import.PARENT_CYCLE",
            "{source}: its parent {parent} leads back to it through {length} parent links; the link"
                + " of {source} is dropped"),
        Map.entry(
            "import.PARENT_UNKNOWN",
            "{source}: its parent subscription {parent} is not among the sources; the link is"
                + " dropped"),
        // Report and book texts.
        Map.entry("report.title", "Transition check"),
        Map.entry(
            "report.header",
            "{customer} ({country}, tenant {tenantId}) to {partner} ({partnerId}), as of {asOf}"),
        Map.entry("report.proposedPlan", "proposed plan"),
        Map.entry("report.findings", "Findings"),
        Map.entry("report.actions", "Required actions"),
        Map.entry("report.steps", "Steps"),
        Map.entry("report.firstStep", "first"),
        Map.entry("verdict.APPROVED", "APPROVED"),
        Map.entry("verdict.APPROVED_WITH_ACTIONS", "APPROVED_WITH_ACTIONS"),
        Map.entry("verdict.REJECTED", "REJECTED"),
        Map.entry("severity.ERROR", "ERROR"),
        Map.entry("severity.WARNING", "WARNING"),
        Map.entry("severity.INFO", "INFO"),
        Map.entry(
            "report.checked",
            "{count} {count|scenario|scenarios} checked: {approved} approved, {withActions} approved with actions, {rejected} rejected, {errors} unreadable"),
        Map.entry("calendar.nothingToDo", "Nothing to do: the plan needs no step"),
        Map.entry(
            "calendar.description",
            "Scenario: {scenario}\nCustomer: {customer} (tenant {tenantId}){currentPartner?\nCurrent partner: {currentPartner}}"),
        Map.entry("report.stepDate", "Date"),
        Map.entry("report.stepActor", "Who"),
        Map.entry("report.stepWhat", "What"),
        Map.entry("report.legend.stacked", "stacked on another"),
        Map.entry("report.legend.step", "step of the runbook"),
        Map.entry("report.timeline", "Timeline"),
        Map.entry("report.none", "none"),
        Map.entry("report.noSources", "no sources"),
        Map.entry("report.proposedTargets", "Proposed targets"),
        Map.entry("report.proposedTransfers", "Proposed transfers"),
        Map.entry("report.dispositions", "Dispositions"),
        Map.entry("report.notes", "Notes"),
        Map.entry(
            "report.target",
            "{offerId}, {quantity} {quantity|seat|seats} from {start}, replaces {replaces}"),
        Map.entry(
            "report.stackedTarget",
            "{offerId}, {quantity} {quantity|seat|seats} from {start}, stacked on {stacksOn}"),
        Map.entry("report.transfer", "on {date}: {sources}"),
        Map.entry(
            "report.source", "{offerId}, {quantity} {quantity|seat|seats} ({assigned} assigned)"),
        Map.entry("report.expires", "expires after {lastDayOfService}"),
        Map.entry("report.cancelled", "cancelled on {firstDayWithoutService}"),
        Map.entry(
            "report.ending",
            "{why}: no access from {firstDayDisabled}, data deleted from {firstDayDeleted}"),
        Map.entry("report.forfeited", "{days} prepaid days forfeited{value? ({value})}"),
        Map.entry("report.gap", "{target} starts {start}: gap of {days} {days|day|days}"),
        Map.entry("report.overlap", "{target} starts {start}: overlap of {days} {days|day|days}"),
        Map.entry("report.adjacent", "{target} starts {start}: no gap, no overlap"),
        Map.entry("report.stacked", "{target} starts {start}, stacked on {stacksOn}"),
        Map.entry("report.noTarget", "replaced by no target"),
        Map.entry(
            "report.transferred",
            "moved by transfer {transfer} on {date}: the same subscription, billed by the new partner from that day, {days} {days|day|days} to its term end{value? ({value})}"),
        Map.entry(
            "report.legend",
            "█ service  ▒ expired: access kept  ░ disabled: no access  · deleted  ◆ transfer"),
        Map.entry("report.legend.service", "service"),
        Map.entry("report.legend.expired", "expired: access kept"),
        Map.entry("report.legend.disabled", "disabled: no access, data kept"),
        Map.entry("report.legend.deleted", "deleted"),
        Map.entry("report.legend.target", "new subscription"),
        Map.entry("report.legend.transfer", "transfer"),
        Map.entry("report.legend.asOf", "as-of date"),
        Map.entry("report.summary", "Summary"),
        Map.entry("report.scenario", "Scenario"),
        Map.entry("report.verdict", "Verdict"),
        Map.entry("report.customer", "Customer"),
        Map.entry("report.findingCount", "Findings"),
        Map.entry("report.actionCount", "Actions"),
        Map.entry("report.chart", "Timeline of {customer}'s subscriptions"),
        Map.entry(
            "report.generated",
            "{count} {count|scenario|scenarios} as of {asOf}, checked by csp-transfer {version}"),
        Map.entry(
            "report.generatedRange",
            "{count} {count|scenario|scenarios} as of dates from {from} to {to}, checked by csp-transfer {version}"),
        Map.entry("report.unreadable", "Could not be read"),
        Map.entry(
            "book.summary",
            "{lines} {lines|line|lines}: {approved} approved, {withActions} approved with actions, {rejected} rejected, {errors} unreadable"),
        Map.entry("book.codes", "most frequent codes: {codes}"),
        Map.entry("book.forfeited", "forfeited value: {amounts}"),
        Map.entry(
            "book.progress", "{done} {done|line|lines}, {rate} per second{left? , {left} left}"),
        // Actions, by kind.
        Map.entry(
            "action.REQUEST_RELATIONSHIP",
            "Send tenant {tenantId} a reseller relationship request from partner {partnerId}"),
        Map.entry(
            "action.AWAIT_ACCEPTANCE",
            "Wait for tenant {tenantId} to accept the reseller relationship request of partner"
                + " {partnerId} before provisioning or transferring"),
        Map.entry(
            "action.REASSIGN_LICENSES",
            "Reassign {users} {users|user|users} from {fromOffer} ({source}) to {toOffer}"
                + " ({target})"),
        Map.entry(
            "action.LET_EXPIRE",
            "Let {source} expire after {termEnd} instead of cancelling it ({forfeitedDays}"
                + " prepaid days would be lost), with its auto-renewal turned off"),
        Map.entry("action.RESCHEDULE_START", "Start {target} on {recommended} instead of {start}"),
        Map.entry(
            "action.CHANGE_OFFER",
            "Plan {target} on {candidates|{candidates}|one of {candidates}} instead of"
                + " {offerId}"),
        Map.entry(
            "action.PLAN_REPLACEMENT",
            "Plan a new subscription for {source} on {candidates|{candidates}|one of"
                + " {candidates}}"),
        Map.entry("action.CHANGE_QUANTITY", "Change {target} from {from} to {to} seats"),
        Map.entry(
            "action.SPLIT_TARGET",
            "Split {target} into {count} subscriptions with {seats} seats in all, at most {most}"
                + " each"),
        Map.entry(
            "action.ADD_TARGETS",
            "Add {count} {count|subscription|subscriptions} of {offerId} from {start} replacing"
                + " {replaces}, with {seats} seats in all, at most {most} each"),
        Map.entry(
            "action.SPLIT_TRANSFER",
            "Split transfer {transfer} ({items} subscriptions) into {requests} requests of at"
                + " most {maximum}, each add-on with its base"),
        Map.entry(
            "action.RESCHEDULE_TRANSFER",
            "Date transfer {transfer} on {recommended} instead of {date}"),
        Map.entry(
            "action.TURN_OFF_AUTO_RENEW",
            "Turn off the auto-renewal of {source} by {lastDay}, so that it expires instead of"
                + " renewing"),
        // Runbook steps, by kind.
        Map.entry(
            "step.REQUEST_RELATIONSHIP",
            "Send {customer} (tenant {tenantId}) a reseller relationship request from {partner}"
                + " ({partnerId})"),
        Map.entry(
            "step.ACCEPT_RELATIONSHIP",
            "Accept the reseller relationship request of {partner} ({partnerId}) in the Microsoft"
                + " 365 admin center"),
        Map.entry(
            "step.CREATE_TRANSFER",
            "Create transfer request {transfer} in Partner Center for {date}"),
        Map.entry(
            "step.SUBMIT_TRANSFER",
            "Select {sources} in transfer request {transfer} and submit it"),
        Map.entry(
            "step.BUY", "Buy {target}: {quantity} {quantity|seat|seats} of {offer} from {start}"),
        Map.entry(
            "step.REASSIGN_LICENSES",
            "Reassign the {users} {users|user|users} of {source} from {fromOffer} to {toOffers}"
                + " ({targets})"),
        Map.entry("step.ASSIGN_LICENSES", "Assign {target} ({offer}) to the users of {stacksOn}"),
        Map.entry(
            "step.TURN_OFF_AUTO_RENEW",
            "Turn off the auto-renewal of {source} by {lastDay}, or it renews on {renewsOn}"),
        Map.entry("step.CANCEL", "Cancel {source} on {cancelOn}"),
        Map.entry("actor.NEW_PARTNER", "new partner"),
        Map.entry("actor.CURRENT_PARTNER", "current partner"),
        Map.entry("actor.CUSTOMER", "customer"));
  }
}
