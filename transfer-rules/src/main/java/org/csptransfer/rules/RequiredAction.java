package org.csptransfer.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.csptransfer.core.OfferId;
import org.csptransfer.core.PartnerId;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.TenantId;
import org.csptransfer.core.TransferId;
import org.immutables.value.Value;

/**
 * Something a person must do before or while the plan is carried out. Each kind is a class of its
 * own, so a service can act on it by type; {@link #kind()} names it for serialization, {@link
 * #arguments()} holds its values by name, and {@link #description(Locale)} says it in a language.
 *
 * <p><b>How the kinds evolve.</b> The interface is sealed so that only this library defines kinds,
 * but new kinds may arrive in a minor version (contract version 3 added {@link TurnOffAutoRenew}),
 * as new {@link FindingCode}s may. Code that branches on the kind keeps a {@code default} branch
 * (or an {@code else}) that shows the {@link #description(Locale) description}, which every kind
 * has; an exhaustive switch without one would stop compiling, or throw, on an upgrade. Kinds are
 * never removed or renamed within a major version.
 *
 * <p>Actions are sound: each one is something a partner can do, and doing it removes the finding it
 * answers. Most change the plan (a quantity, an offer, a start date, a transfer); applying them to
 * the request clears their finding. Three are steps of carrying the plan out: {@link
 * RequestRelationship} and {@link AwaitAcceptance} change the relationship the request records, and
 * {@link ReassignLicenses} is the reassignment a changed offer requires, which the plan cannot
 * avoid except by keeping the offer.
 */
public sealed interface RequiredAction
    permits RequiredAction.RequestRelationship,
        RequiredAction.AwaitAcceptance,
        RequiredAction.ReassignLicenses,
        RequiredAction.LetExpire,
        RequiredAction.RescheduleStart,
        RequiredAction.ChangeOffer,
        RequiredAction.PlanReplacement,
        RequiredAction.ChangeQuantity,
        RequiredAction.SplitTarget,
        RequiredAction.AddTargets,
        RequiredAction.SplitTransfer,
        RequiredAction.RescheduleTransfer,
        RequiredAction.TurnOffAutoRenew {

  /** The kinds of action, one per class. */
  enum Kind {
    /** See {@link RequestRelationship}. */
    REQUEST_RELATIONSHIP,
    /** See {@link AwaitAcceptance}. */
    AWAIT_ACCEPTANCE,
    /** See {@link ReassignLicenses}. */
    REASSIGN_LICENSES,
    /** See {@link LetExpire}. */
    LET_EXPIRE,
    /** See {@link RescheduleStart}. */
    RESCHEDULE_START,
    /** See {@link ChangeOffer}. */
    CHANGE_OFFER,
    /** See {@link PlanReplacement}. */
    PLAN_REPLACEMENT,
    /** See {@link ChangeQuantity}. */
    CHANGE_QUANTITY,
    /** See {@link SplitTarget}. */
    SPLIT_TARGET,
    /** See {@link AddTargets}. */
    ADD_TARGETS,
    /** See {@link SplitTransfer}. */
    SPLIT_TRANSFER,
    /** See {@link RescheduleTransfer}. */
    RESCHEDULE_TRANSFER,
    /** See {@link TurnOffAutoRenew}. */
    TURN_OFF_AUTO_RENEW
  }

  /**
   * Returns who does it (CONTRACT.md, "Version 3", clarification 5): {@link Actor#NEW_PARTNER} for
   * requesting the relationship and every change to targets or transfers, {@link Actor#CUSTOMER}
   * for awaiting acceptance and reassigning licenses, the source's holder for letting it expire and
   * turning its auto-renewal off.
   *
   * @return the actor
   */
  default Actor actor() {
    return Actor.NEW_PARTNER;
  }

  /**
   * Returns the partner that must act when {@link #actor()} is {@link Actor#CURRENT_PARTNER}.
   *
   * @return the current partner's id, present exactly when the actor is the current partner
   */
  default Optional<PartnerId> actorPartnerId() {
    return Optional.empty();
  }

  /**
   * Returns the kind of action.
   *
   * @return the kind
   */
  Kind kind();

  /**
   * Returns the action's values by name, in a stable order, as the decision JSON writes them: ids
   * as text, dates, counts, and lists of ids.
   *
   * @return the arguments
   */
  Map<String, Object> arguments();

  /**
   * Says what to do, in English.
   *
   * @return a sentence
   */
  default String description() {
    return Messages.standard().description(this, Locale.ENGLISH);
  }

  /**
   * Says what to do, in a language.
   *
   * @param locale the language; English where the standard messages have no translation
   * @return a sentence
   */
  default String description(Locale locale) {
    return Messages.standard().description(this, locale);
  }

  /**
   * Send the customer a reseller relationship request (Partner Center: Customers, Request a
   * reseller relationship). Done, the relationship is invited.
   */
  @Value.Immutable
  abstract non-sealed class RequestRelationship implements RequiredAction {
    RequestRelationship() {}

    /**
     * Returns the action.
     *
     * @param partnerId the partner that must send the request; not null
     * @param tenantId the customer's tenant; not null
     * @return the action
     */
    public static RequestRelationship of(PartnerId partnerId, TenantId tenantId) {
      return ImmutableRequestRelationship.of(partnerId, tenantId);
    }

    /**
     * Returns the partner that must send the request.
     *
     * @return the partner
     */
    @Value.Parameter
    public abstract PartnerId partnerId();

    /**
     * Returns the customer's tenant.
     *
     * @return the tenant
     */
    @Value.Parameter
    public abstract TenantId tenantId();

    @Override
    public Kind kind() {
      return Kind.REQUEST_RELATIONSHIP;
    }

    @Override
    public Map<String, Object> arguments() {
      return ImmutableMap.of("partnerId", partnerId().value(), "tenantId", tenantId().toString());
    }
  }

  /**
   * Wait until the customer accepts the partner's reseller relationship request; only then can the
   * partner provision or receive subscriptions.
   */
  @Value.Immutable
  abstract non-sealed class AwaitAcceptance implements RequiredAction {
    AwaitAcceptance() {}

    /**
     * Returns the action.
     *
     * @param partnerId the partner whose request is pending; not null
     * @param tenantId the customer's tenant; not null
     * @return the action
     */
    public static AwaitAcceptance of(PartnerId partnerId, TenantId tenantId) {
      return ImmutableAwaitAcceptance.of(partnerId, tenantId);
    }

    /**
     * Returns the partner whose request is pending.
     *
     * @return the partner
     */
    @Value.Parameter
    public abstract PartnerId partnerId();

    /**
     * Returns the customer's tenant.
     *
     * @return the tenant
     */
    @Value.Parameter
    public abstract TenantId tenantId();

    @Override
    public Kind kind() {
      return Kind.AWAIT_ACCEPTANCE;
    }

    @Override
    public Actor actor() {
      return Actor.CUSTOMER;
    }

    @Override
    public Map<String, Object> arguments() {
      return ImmutableMap.of("partnerId", partnerId().value(), "tenantId", tenantId().toString());
    }
  }

  /** Assign users the new offer's licence in place of the old one's. */
  @Value.Immutable
  abstract non-sealed class ReassignLicenses implements RequiredAction {
    ReassignLicenses() {}

    /**
     * Returns the action.
     *
     * @param source the subscription users leave; not null
     * @param target the subscription users move to; not null
     * @param fromOffer the offer users hold today; not null
     * @param toOffer the offer they must be assigned; not null
     * @param users how many users to reassign, at least 0
     * @return the action
     * @throws IllegalArgumentException if {@code users} is negative
     */
    public static ReassignLicenses of(
        SubscriptionId source,
        SubscriptionId target,
        OfferId fromOffer,
        OfferId toOffer,
        int users) {
      return ImmutableReassignLicenses.of(source, target, fromOffer, toOffer, users);
    }

    /**
     * Returns the subscription users leave.
     *
     * @return the source
     */
    @Value.Parameter
    public abstract SubscriptionId source();

    /**
     * Returns the subscription users move to.
     *
     * @return the target
     */
    @Value.Parameter
    public abstract SubscriptionId target();

    /**
     * Returns the offer users hold today.
     *
     * @return the offer
     */
    @Value.Parameter
    public abstract OfferId fromOffer();

    /**
     * Returns the offer users must be assigned.
     *
     * @return the offer
     */
    @Value.Parameter
    public abstract OfferId toOffer();

    /**
     * Returns how many users to reassign.
     *
     * @return the users, at least 0
     */
    @Value.Parameter
    public abstract int users();

    @Override
    public Kind kind() {
      return Kind.REASSIGN_LICENSES;
    }

    @Override
    public Actor actor() {
      return Actor.CUSTOMER;
    }

    @Override
    public Map<String, Object> arguments() {
      return ImmutableMap.of(
          "source", source().value(),
          "target", target().value(),
          "fromOffer", fromOffer().value(),
          "toOffer", toOffer().value(),
          "users", users());
    }

    @Value.Check
    void check() {
      checkArgument(users() >= 0, "reassignLicenses.users: %s is negative", users());
    }
  }

  /**
   * Let a subscription run to the end of its term instead of cancelling it without refund. Done,
   * the subscription's disposition is {@code LET_EXPIRE}.
   */
  @Value.Immutable
  abstract non-sealed class LetExpire implements RequiredAction {
    LetExpire() {}

    /**
     * Returns the action, for a subscription the customer holds (not through a CSP partner).
     *
     * @param source the subscription; not null
     * @param lastDayOfTerm its last day of service if left to expire; not null
     * @param forfeitedDays the prepaid days cancelling would forfeit, at least 0
     * @return the action
     * @throws IllegalArgumentException if {@code forfeitedDays} is negative
     */
    public static LetExpire of(SubscriptionId source, LocalDate lastDayOfTerm, long forfeitedDays) {
      return ImmutableLetExpire.of(source, lastDayOfTerm, forfeitedDays);
    }

    /**
     * Returns the action.
     *
     * @param source the subscription; not null
     * @param lastDayOfTerm its last day of service if left to expire; not null
     * @param forfeitedDays the prepaid days cancelling would forfeit, at least 0
     * @param holder the CSP partner that holds the subscription, empty when the customer does; not
     *     null
     * @return the action
     * @throws IllegalArgumentException if {@code forfeitedDays} is negative
     */
    public static LetExpire of(
        SubscriptionId source,
        LocalDate lastDayOfTerm,
        long forfeitedDays,
        Optional<PartnerId> holder) {
      return ImmutableLetExpire.builder()
          .source(source)
          .lastDayOfTerm(lastDayOfTerm)
          .forfeitedDays(forfeitedDays)
          .holder(holder)
          .build();
    }

    /**
     * Returns the subscription.
     *
     * @return the source
     */
    @Value.Parameter
    public abstract SubscriptionId source();

    /**
     * Returns its last day of service if left to expire (the scenario's {@code termEnd}).
     *
     * @return the last day of the term
     */
    @Value.Parameter
    public abstract LocalDate lastDayOfTerm();

    /**
     * Returns the prepaid days cancelling would forfeit.
     *
     * @return the days, at least 0
     */
    @Value.Parameter
    public abstract long forfeitedDays();

    /**
     * Returns the CSP partner that holds the subscription and so lets it expire (and turns its
     * auto-renewal off).
     *
     * @return the holder's partner id, empty when the customer holds the subscription
     */
    public abstract Optional<PartnerId> holder();

    @Override
    public Kind kind() {
      return Kind.LET_EXPIRE;
    }

    @Override
    public Actor actor() {
      return holder().isPresent() ? Actor.CURRENT_PARTNER : Actor.CUSTOMER;
    }

    @Override
    public Optional<PartnerId> actorPartnerId() {
      return holder();
    }

    @Override
    public Map<String, Object> arguments() {
      return ImmutableMap.of(
          "source", source().value(), "termEnd", lastDayOfTerm(), "forfeitedDays", forfeitedDays());
    }

    @Value.Check
    void check() {
      checkArgument(
          forfeitedDays() >= 0, "letExpire.forfeitedDays: %s is negative", forfeitedDays());
    }
  }

  /**
   * Move a planned subscription's start date to the recommended one: the source's end minus the
   * policy's lead, never before the as-of date, which avoids both a gap and double billing.
   */
  @Value.Immutable
  abstract non-sealed class RescheduleStart implements RequiredAction {
    RescheduleStart() {}

    /**
     * Returns the action.
     *
     * @param target the planned subscription; not null
     * @param start its planned start; not null
     * @param recommended the start that avoids a gap and double billing; not null
     * @return the action
     */
    public static RescheduleStart of(
        SubscriptionId target, LocalDate start, LocalDate recommended) {
      return ImmutableRescheduleStart.of(target, start, recommended);
    }

    /**
     * Returns the planned subscription.
     *
     * @return the target
     */
    @Value.Parameter
    public abstract SubscriptionId target();

    /**
     * Returns its planned start.
     *
     * @return the start
     */
    @Value.Parameter
    public abstract LocalDate start();

    /**
     * Returns the start that avoids a gap and double billing.
     *
     * @return the recommended start
     */
    @Value.Parameter
    public abstract LocalDate recommended();

    @Override
    public Kind kind() {
      return Kind.RESCHEDULE_START;
    }

    @Override
    public Map<String, Object> arguments() {
      return ImmutableMap.of(
          "target", target().value(), "start", start(), "recommended", recommended());
    }
  }

  /**
   * Plan a planned subscription on another offer: one that can be bought and keeps users' data.
   * Done with the first candidate, the finding is gone.
   */
  @Value.Immutable
  abstract non-sealed class ChangeOffer implements RequiredAction {
    ChangeOffer() {}

    /**
     * Returns the action.
     *
     * @param target the planned subscription; not null
     * @param offer its offer today; not null
     * @param candidates offers to plan instead, best first; not empty
     * @return the action
     * @throws IllegalArgumentException if there is no candidate
     */
    public static ChangeOffer of(SubscriptionId target, OfferId offer, List<OfferId> candidates) {
      return ImmutableChangeOffer.of(target, offer, candidates);
    }

    /**
     * Returns the planned subscription.
     *
     * @return the target
     */
    @Value.Parameter
    public abstract SubscriptionId target();

    /**
     * Returns the offer planned today.
     *
     * @return the offer
     */
    @Value.Parameter
    public abstract OfferId offer();

    /**
     * Returns the offers to plan instead, best first.
     *
     * @return the candidates, never empty
     */
    @Value.Parameter
    public abstract List<OfferId> candidates();

    @Override
    public Kind kind() {
      return Kind.CHANGE_OFFER;
    }

    @Override
    public Map<String, Object> arguments() {
      return ImmutableMap.of(
          "target", target().value(), "offerId", offer().value(), "candidates", ids(candidates()));
    }

    @Value.Check
    void check() {
      checkArgument(!candidates().isEmpty(), "changeOffer[%s].candidates: empty", target());
    }
  }

  /**
   * Plan a new subscription for a source (none replaces it, or a transfer cannot move it), on the
   * same offer while it is for sale or another that keeps users' data. Done with the first
   * candidate, the finding is gone.
   */
  @Value.Immutable
  abstract non-sealed class PlanReplacement implements RequiredAction {
    PlanReplacement() {}

    /**
     * Returns the action.
     *
     * @param source the subscription to replace; not null
     * @param offer its offer; not null
     * @param candidates offers to buy, best first; not empty
     * @return the action
     * @throws IllegalArgumentException if there is no candidate
     */
    public static PlanReplacement of(
        SubscriptionId source, OfferId offer, List<OfferId> candidates) {
      return ImmutablePlanReplacement.of(source, offer, candidates);
    }

    /**
     * Returns the subscription to replace.
     *
     * @return the source
     */
    @Value.Parameter
    public abstract SubscriptionId source();

    /**
     * Returns the source's offer.
     *
     * @return the offer
     */
    @Value.Parameter
    public abstract OfferId offer();

    /**
     * Returns the offers to buy, best first.
     *
     * @return the candidates, never empty
     */
    @Value.Parameter
    public abstract List<OfferId> candidates();

    @Override
    public Kind kind() {
      return Kind.PLAN_REPLACEMENT;
    }

    @Override
    public Map<String, Object> arguments() {
      return ImmutableMap.of(
          "source", source().value(), "offerId", offer().value(), "candidates", ids(candidates()));
    }

    @Value.Check
    void check() {
      checkArgument(!candidates().isEmpty(), "planReplacement[%s].candidates: empty", source());
    }
  }

  /** Change a planned subscription's seat count; the new count is within its offer's limits. */
  @Value.Immutable
  // Its seats before the change are from(), which is API; Immutables then generates no builder
  // method from(instance), which nothing uses (the value is built by of(...)).
  @SuppressWarnings("immutables:from")
  abstract non-sealed class ChangeQuantity implements RequiredAction {
    ChangeQuantity() {}

    /**
     * Returns the action.
     *
     * @param target the planned subscription; not null
     * @param from its planned seats
     * @param to the seats it needs, at least 0
     * @return the action
     * @throws IllegalArgumentException if {@code to} is negative
     */
    public static ChangeQuantity of(SubscriptionId target, int from, int to) {
      return ImmutableChangeQuantity.of(target, from, to);
    }

    /**
     * Returns the planned subscription.
     *
     * @return the target
     */
    @Value.Parameter
    public abstract SubscriptionId target();

    /**
     * Returns its planned seats.
     *
     * @return the seats today
     */
    @Value.Parameter
    public abstract int from();

    /**
     * Returns the seats it needs.
     *
     * @return the new seat count
     */
    @Value.Parameter
    public abstract int to();

    @Override
    public Kind kind() {
      return Kind.CHANGE_QUANTITY;
    }

    @Override
    public Map<String, Object> arguments() {
      return ImmutableMap.of("target", target().value(), "from", from(), "to", to());
    }

    @Value.Check
    void check() {
      checkArgument(to() >= 0, "changeQuantity[%s].to: %s is negative", target(), to());
    }
  }

  /**
   * Split a planned subscription whose seats exceed its offer's maximum into several subscriptions
   * of the same offer, start and replaced sources, with {@link #seats()} seats in all shared evenly
   * (each part within the offer's limits).
   */
  @Value.Immutable
  abstract non-sealed class SplitTarget implements RequiredAction {
    SplitTarget() {}

    /**
     * Returns the action.
     *
     * @param target the planned subscription; not null
     * @param count how many subscriptions it becomes, at least 2
     * @param seats their seats in all, at least the target's
     * @return the action
     * @throws IllegalArgumentException if {@code count} is below 2 or {@code seats} below {@code
     *     count}
     */
    public static SplitTarget of(SubscriptionId target, int count, long seats) {
      return ImmutableSplitTarget.of(target, count, seats);
    }

    /**
     * Returns the planned subscription.
     *
     * @return the target
     */
    @Value.Parameter
    public abstract SubscriptionId target();

    /**
     * Returns how many subscriptions it becomes.
     *
     * @return the count, at least 2
     */
    @Value.Parameter
    public abstract int count();

    /**
     * Returns their seats in all.
     *
     * @return the seats
     */
    @Value.Parameter
    public abstract long seats();

    /**
     * Returns the seats of one part: the even share, the first parts taking one more seat when the
     * seats do not divide evenly.
     *
     * @param part the part, from 0 to {@code count - 1}
     * @return its seats
     */
    public int seatsOf(int part) {
      return share(seats(), count(), part);
    }

    @Override
    public Kind kind() {
      return Kind.SPLIT_TARGET;
    }

    @Override
    public Map<String, Object> arguments() {
      return ImmutableMap.of(
          "target", target().value(), "count", count(), "seats", seats(), "most", seatsOf(0));
    }

    @Value.Check
    void check() {
      checkArgument(
          count() >= 2 && seats() >= count(),
          "splitTarget[%s]: %s seats in %s parts",
          target(),
          seats(),
          count());
    }
  }

  /**
   * Add subscriptions of an offer, starting on a date and replacing sources, with {@link #seats()}
   * seats in all shared evenly, each part within the offer's limits: how a seat shortfall is made
   * good when no planned subscription can take the missing seats.
   */
  @Value.Immutable
  abstract non-sealed class AddTargets implements RequiredAction {
    AddTargets() {}

    /**
     * Returns the action.
     *
     * @param offer the offer to buy; not null
     * @param start the subscriptions' first day; not null
     * @param replaces the sources they replace; not null
     * @param count how many subscriptions, at least 1
     * @param seats their seats in all, at least {@code count}
     * @return the action
     * @throws IllegalArgumentException if {@code count} is below 1 or {@code seats} below {@code
     *     count}
     */
    public static AddTargets of(
        OfferId offer, LocalDate start, List<SubscriptionId> replaces, int count, long seats) {
      return ImmutableAddTargets.of(offer, start, replaces, count, seats);
    }

    /**
     * Returns the offer to buy.
     *
     * @return the offer
     */
    @Value.Parameter
    public abstract OfferId offer();

    /**
     * Returns the new subscriptions' first day.
     *
     * @return the start
     */
    @Value.Parameter
    public abstract LocalDate start();

    /**
     * Returns the sources they replace.
     *
     * @return the sources
     */
    @Value.Parameter
    public abstract List<SubscriptionId> replaces();

    /**
     * Returns how many subscriptions to add.
     *
     * @return the count, at least 1
     */
    @Value.Parameter
    public abstract int count();

    /**
     * Returns their seats in all.
     *
     * @return the seats
     */
    @Value.Parameter
    public abstract long seats();

    /**
     * Returns the seats of one new subscription: the even share, the first ones taking one more
     * seat when the seats do not divide evenly.
     *
     * @param part the subscription, from 0 to {@code count - 1}
     * @return its seats
     */
    public int seatsOf(int part) {
      return share(seats(), count(), part);
    }

    @Override
    public Kind kind() {
      return Kind.ADD_TARGETS;
    }

    @Override
    public Map<String, Object> arguments() {
      return ImmutableMap.<String, Object>builder()
          .put("offerId", offer().value())
          .put("start", start())
          .put("replaces", ids(replaces()))
          .put("count", count())
          .put("seats", seats())
          .put("most", seatsOf(0))
          .buildOrThrow();
    }

    @Value.Check
    void check() {
      checkArgument(
          count() >= 1 && seats() >= count(),
          "addTargets[%s]: %s seats in %s subscriptions",
          offer(),
          seats(),
          count());
    }
  }

  /**
   * Split a transfer request that holds more subscriptions than Partner Center allows into {@link
   * #requests()} requests of at most {@link #maximum()} each, add-ons with their base.
   */
  @Value.Immutable
  abstract non-sealed class SplitTransfer implements RequiredAction {
    SplitTransfer() {}

    /**
     * Returns the action.
     *
     * @param transfer the request; not null
     * @param items the subscriptions it holds
     * @param maximum the most one request may hold, at least 1
     * @return the action, with as few requests as the maximum allows
     * @throws IllegalArgumentException if {@code maximum} is below 1 or {@code items} not above it
     */
    public static SplitTransfer of(TransferId transfer, int items, int maximum) {
      return ImmutableSplitTransfer.of(transfer, items, maximum);
    }

    /**
     * Returns the request.
     *
     * @return the transfer's id
     */
    @Value.Parameter
    public abstract TransferId transfer();

    /**
     * Returns the subscriptions the request holds.
     *
     * @return the items
     */
    @Value.Parameter
    public abstract int items();

    /**
     * Returns the most one request may hold.
     *
     * @return the maximum
     */
    @Value.Parameter
    public abstract int maximum();

    /**
     * Returns how many requests the items need.
     *
     * @return the requests
     */
    public int requests() {
      return (items() + maximum() - 1) / maximum();
    }

    @Override
    public Kind kind() {
      return Kind.SPLIT_TRANSFER;
    }

    @Override
    public Map<String, Object> arguments() {
      return ImmutableMap.of(
          "transfer", transfer().value(),
          "items", items(),
          "maximum", maximum(),
          "requests", requests());
    }

    @Value.Check
    void check() {
      checkArgument(
          maximum() >= 1 && items() > maximum(),
          "splitTransfer[%s]: %s items with a maximum of %s",
          transfer(),
          items(),
          maximum());
    }
  }

  /** Date a transfer request on or after the as-of date: a transfer cannot happen in the past. */
  @Value.Immutable
  abstract non-sealed class RescheduleTransfer implements RequiredAction {
    RescheduleTransfer() {}

    /**
     * Returns the action.
     *
     * @param transfer the request; not null
     * @param date its planned date; not null
     * @param recommended the date to plan instead; not null
     * @return the action
     */
    public static RescheduleTransfer of(
        TransferId transfer, LocalDate date, LocalDate recommended) {
      return ImmutableRescheduleTransfer.of(transfer, date, recommended);
    }

    /**
     * Returns the request.
     *
     * @return the transfer's id
     */
    @Value.Parameter
    public abstract TransferId transfer();

    /**
     * Returns its planned date.
     *
     * @return the date
     */
    @Value.Parameter
    public abstract LocalDate date();

    /**
     * Returns the date to plan instead.
     *
     * @return the recommended date
     */
    @Value.Parameter
    public abstract LocalDate recommended();

    @Override
    public Kind kind() {
      return Kind.RESCHEDULE_TRANSFER;
    }

    @Override
    public Map<String, Object> arguments() {
      return ImmutableMap.of(
          "transfer", transfer().value(), "date", date(), "recommended", recommended());
    }
  }

  private static List<String> ids(List<?> ids) {
    return ids.stream().map(Object::toString).toList();
  }

  /** An even share of seats over parts, the first parts taking the remainder. */
  private static int share(long seats, int count, int part) {
    checkArgument(part >= 0 && part < count, "part %s of %s", part, count);
    return (int) (seats / count + (part < seats % count ? 1 : 0));
  }

  /**
   * Turn off a subscription's auto-renewal (Partner Center's "Auto-renew", the admin center's
   * "Recurring billing") before its term ends, so that it expires instead of renewing for a new
   * term the customer would pay beside its replacement (docs/DOMAIN.md, section 12). Done, the
   * source's {@code autoRenew} is false.
   */
  @Value.Immutable
  abstract non-sealed class TurnOffAutoRenew implements RequiredAction {
    TurnOffAutoRenew() {}

    /**
     * Returns the action.
     *
     * @param source the subscription; not null
     * @param lastDay the last day to turn renewal off: the last day of its term; not null
     * @param holder the CSP partner that holds the subscription, empty when the customer does; not
     *     null
     * @return the action
     */
    public static TurnOffAutoRenew of(
        SubscriptionId source, LocalDate lastDay, Optional<PartnerId> holder) {
      return ImmutableTurnOffAutoRenew.builder()
          .source(source)
          .lastDay(lastDay)
          .holder(holder)
          .build();
    }

    /**
     * Returns the subscription.
     *
     * @return the source
     */
    @Value.Parameter
    public abstract SubscriptionId source();

    /**
     * Returns the last day to turn renewal off: the last day of the term (it renews the day after).
     *
     * @return the last day, inclusive
     */
    @Value.Parameter
    public abstract LocalDate lastDay();

    /**
     * Returns the CSP partner that holds the subscription and so turns its renewal off.
     *
     * @return the holder's partner id, empty when the customer holds the subscription
     */
    public abstract Optional<PartnerId> holder();

    @Override
    public Kind kind() {
      return Kind.TURN_OFF_AUTO_RENEW;
    }

    @Override
    public Actor actor() {
      return holder().isPresent() ? Actor.CURRENT_PARTNER : Actor.CUSTOMER;
    }

    @Override
    public Optional<PartnerId> actorPartnerId() {
      return holder();
    }

    @Override
    public Map<String, Object> arguments() {
      return ImmutableMap.of("source", source().value(), "lastDay", lastDay());
    }
  }
}
