package org.csptransfer.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.csptransfer.core.OfferId;
import org.csptransfer.core.PartnerId;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.TenantId;

/**
 * Something a person must do before or while the plan is carried out. Each kind is a record of its
 * own, so a service can act on it by type; {@link #kind()} names it for serialization and {@link
 * #description()} says it in plain English.
 */
public sealed interface RequiredAction {

  /** The kinds of action, one per record. */
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
    /** See {@link ChooseOffer}. */
    CHOOSE_OFFER,
    /** See {@link ChangeQuantity}. */
    CHANGE_QUANTITY
  }

  /**
   * Returns the kind of action.
   *
   * @return the kind
   */
  Kind kind();

  /**
   * Says what to do, in plain English.
   *
   * @return a sentence
   */
  String description();

  /**
   * Send the customer a reseller relationship request (Partner Center: Customers, Request a
   * reseller relationship).
   *
   * @param partnerId the partner that must send it
   * @param tenantId the customer's tenant
   */
  record RequestRelationship(PartnerId partnerId, TenantId tenantId) implements RequiredAction {
    /**
     * Creates the action.
     *
     * @param partnerId the partner that must send it
     * @param tenantId the customer's tenant
     * @throws NullPointerException if an argument is null
     */
    public RequestRelationship {
      requireNonNull(partnerId, "partnerId");
      requireNonNull(tenantId, "tenantId");
    }

    @Override
    public Kind kind() {
      return Kind.REQUEST_RELATIONSHIP;
    }

    @Override
    public String description() {
      return "Send tenant "
          + tenantId
          + " a reseller relationship request from partner "
          + partnerId;
    }
  }

  /**
   * Wait until the customer accepts the partner's reseller relationship request.
   *
   * @param partnerId the partner whose request is pending
   * @param tenantId the customer's tenant
   */
  record AwaitAcceptance(PartnerId partnerId, TenantId tenantId) implements RequiredAction {
    /**
     * Creates the action.
     *
     * @param partnerId the partner whose request is pending
     * @param tenantId the customer's tenant
     * @throws NullPointerException if an argument is null
     */
    public AwaitAcceptance {
      requireNonNull(partnerId, "partnerId");
      requireNonNull(tenantId, "tenantId");
    }

    @Override
    public Kind kind() {
      return Kind.AWAIT_ACCEPTANCE;
    }

    @Override
    public String description() {
      return "Wait for tenant "
          + tenantId
          + " to accept the reseller relationship request of partner "
          + partnerId
          + " before provisioning";
    }
  }

  /**
   * Assign users the new offer's licence in place of the old one's.
   *
   * @param source the subscription users leave
   * @param target the subscription users move to
   * @param fromOffer the offer users hold today
   * @param toOffer the offer they must be assigned
   * @param users how many users to reassign
   */
  record ReassignLicenses(
      SubscriptionId source, SubscriptionId target, OfferId fromOffer, OfferId toOffer, int users)
      implements RequiredAction {
    /**
     * Creates the action.
     *
     * @param source the subscription users leave
     * @param target the subscription users move to
     * @param fromOffer the offer users hold today
     * @param toOffer the offer they must be assigned
     * @param users how many users to reassign
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code users} is negative
     */
    public ReassignLicenses {
      requireNonNull(source, "source");
      requireNonNull(target, "target");
      requireNonNull(fromOffer, "fromOffer");
      requireNonNull(toOffer, "toOffer");
      checkArgument(users >= 0, "reassignLicenses.users: %s is negative", users);
    }

    @Override
    public Kind kind() {
      return Kind.REASSIGN_LICENSES;
    }

    @Override
    public String description() {
      return "Reassign "
          + users
          + " users from "
          + fromOffer
          + " ("
          + source
          + ") to "
          + toOffer
          + " ("
          + target
          + ")";
    }
  }

  /**
   * Let a subscription run to its term end instead of cancelling it without refund.
   *
   * @param source the subscription
   * @param termEnd its last day of service if left to expire
   * @param forfeitedDays the prepaid days cancelling would forfeit
   */
  record LetExpire(SubscriptionId source, LocalDate termEnd, long forfeitedDays)
      implements RequiredAction {
    /**
     * Creates the action.
     *
     * @param source the subscription
     * @param termEnd its last day of service if left to expire
     * @param forfeitedDays the prepaid days cancelling would forfeit
     * @throws NullPointerException if an argument is null
     */
    public LetExpire {
      requireNonNull(source, "source");
      requireNonNull(termEnd, "termEnd");
    }

    @Override
    public Kind kind() {
      return Kind.LET_EXPIRE;
    }

    @Override
    public String description() {
      return "Let "
          + source
          + " expire after "
          + termEnd
          + " instead of cancelling it ("
          + forfeitedDays
          + " prepaid days would be lost)";
    }
  }

  /**
   * Move a planned subscription's start date.
   *
   * @param target the planned subscription
   * @param start its planned start
   * @param recommended the start that avoids both a gap and double billing
   */
  record RescheduleStart(SubscriptionId target, LocalDate start, LocalDate recommended)
      implements RequiredAction {
    /**
     * Creates the action.
     *
     * @param target the planned subscription
     * @param start its planned start
     * @param recommended the start that avoids both a gap and double billing
     * @throws NullPointerException if an argument is null
     */
    public RescheduleStart {
      requireNonNull(target, "target");
      requireNonNull(start, "start");
      requireNonNull(recommended, "recommended");
    }

    @Override
    public Kind kind() {
      return Kind.RESCHEDULE_START;
    }

    @Override
    public String description() {
      return "Start " + target + " on " + recommended + " instead of " + start;
    }
  }

  /**
   * Plan an offer that keeps users' services: for a target whose offer cannot be bought or loses a
   * service plan, or for a source no target replaces.
   *
   * @param subject the target or source concerned
   * @param offer the offer to replace (the target's) or to carry over (the source's)
   * @param candidates available offers that keep every service plan, best first; may be empty
   */
  record ChooseOffer(SubscriptionId subject, OfferId offer, List<OfferId> candidates)
      implements RequiredAction {
    /**
     * Creates the action; the candidates are copied.
     *
     * @param subject the target or source concerned
     * @param offer the offer to replace (the target's) or to carry over (the source's)
     * @param candidates available offers that keep every service plan, best first; may be empty
     * @throws NullPointerException if an argument or candidate is null
     */
    public ChooseOffer {
      requireNonNull(subject, "subject");
      requireNonNull(offer, "offer");
      candidates = List.copyOf(candidates);
    }

    @Override
    public Kind kind() {
      return Kind.CHOOSE_OFFER;
    }

    @Override
    public String description() {
      return candidates.isEmpty()
          ? "No available offer keeps every service plan of " + offer + " for " + subject
          : "Plan one of " + candidates + " for " + subject + " in place of " + offer;
    }
  }

  /**
   * Change a planned subscription's seat count.
   *
   * @param target the planned subscription
   * @param from its planned seats
   * @param to the seats it needs
   */
  record ChangeQuantity(SubscriptionId target, int from, int to) implements RequiredAction {
    /**
     * Creates the action.
     *
     * @param target the planned subscription
     * @param from its planned seats
     * @param to the seats it needs
     * @throws NullPointerException if {@code target} is null
     */
    public ChangeQuantity {
      requireNonNull(target, "target");
    }

    @Override
    public Kind kind() {
      return Kind.CHANGE_QUANTITY;
    }

    @Override
    public String description() {
      return (to > from ? "Raise " : "Lower ") + target + " from " + from + " to " + to + " seats";
    }
  }
}
