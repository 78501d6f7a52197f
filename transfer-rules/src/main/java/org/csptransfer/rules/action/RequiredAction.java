package org.csptransfer.rules.action;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.csptransfer.core.PartnerId;
import org.csptransfer.rules.Actor;
import org.csptransfer.rules.FindingCode;
import org.csptransfer.rules.Messages;

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
    permits RequestRelationship,
        AwaitAcceptance,
        ReassignLicenses,
        LetExpire,
        RescheduleStart,
        ChangeOffer,
        PlanReplacement,
        ChangeQuantity,
        SplitTarget,
        AddTargets,
        SplitTransfer,
        RescheduleTransfer,
        TurnOffAutoRenew {

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
}
