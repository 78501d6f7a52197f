package org.csptransfer.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.csptransfer.core.PartnerId;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One step of carrying a plan out: what to do, who does it and by when (CONTRACT.md, "Version 3",
 * "The runbook"). A decision's {@link TransitionDecision#runbook() runbook} lists them in the order
 * they must happen. Steps are not required actions: they never change the verdict.
 *
 * <p>Immutable; built by the pipeline. Outputs users read but never build have no public
 * constructor, so fields can be added without breaking anyone.
 */
@Value.Immutable
public abstract class RunbookStep {

  /** The kinds of step, in the order they are taken on one date. */
  public enum Kind {
    /** The new partner sends the customer a reseller relationship request (undated). */
    REQUEST_RELATIONSHIP,
    /** The customer's admin accepts the new partner's reseller relationship request (undated). */
    ACCEPT_RELATIONSHIP,
    /** The new partner creates a partner-to-partner transfer request. */
    CREATE_TRANSFER,
    /** The current partner selects the subscriptions of a transfer request and submits it. */
    SUBMIT_TRANSFER,
    /** The new partner buys a planned subscription, from its start. */
    BUY,
    /** The customer's admin moves users from a source's licence to another offer's. */
    REASSIGN_LICENSES,
    /** The customer's admin gives a stacked subscription's licence to the users of its base. */
    ASSIGN_LICENSES,
    /** The source's holder turns its auto-renewal off, by the last day of its term. */
    TURN_OFF_AUTO_RENEW,
    /** The source's holder cancels it, on its cancel date. */
    CANCEL
  }

  RunbookStep() {}

  /** Returns a step; the subjects and arguments keep their order. */
  static RunbookStep of(
      Kind kind,
      Actor actor,
      @Nullable PartnerId actorPartnerId,
      @Nullable LocalDate date,
      List<String> subjects,
      Map<String, ?> arguments) {
    return ImmutableRunbookStep.of(
        kind,
        actor,
        Optional.ofNullable(actorPartnerId),
        Optional.ofNullable(date),
        subjects,
        arguments);
  }

  /**
   * Returns the kind of step.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract Kind kind();

  /**
   * Returns who takes the step.
   *
   * @return the actor
   */
  @Value.Parameter
  public abstract Actor actor();

  /**
   * Returns the partner that takes the step when the actor is {@link Actor#CURRENT_PARTNER}.
   *
   * @return its partner id, present exactly for the current partner
   */
  @Value.Parameter
  public abstract Optional<PartnerId> actorPartnerId();

  /**
   * Returns the day on which, or the last day by which, the step must be taken: a transfer's date,
   * a target's start, the later of a replacement's start and the source's last day of service for a
   * reassignment, the last day of the term for turning renewal off, the cancel date.
   *
   * @return the date, inclusive; empty for a step that comes before every dated one
   */
  @Value.Parameter
  public abstract Optional<LocalDate> date();

  /**
   * Returns the ids the step is about: the target partner's id for the relationship; the transfer
   * request's id (and, to submit it, its sources' ids); the target's id and offer id to buy; the
   * source's id and its replacing targets' ids to reassign; the stacked target's id and its base's
   * to assign; the source's id to turn renewal off or cancel.
   *
   * @return the subjects, in that order
   */
  @Value.Parameter
  public abstract List<String> subjects();

  /**
   * Returns the seats to buy, for a {@link Kind#BUY} step.
   *
   * @return the quantity, present for {@code BUY} only
   */
  public OptionalInt quantity() {
    Object quantity = arguments().get("quantity");
    return kind() == Kind.BUY && quantity instanceof Integer seats
        ? OptionalInt.of(seats)
        : OptionalInt.empty();
  }

  /**
   * Returns the values the description is rendered from, by name.
   *
   * @return the arguments
   */
  @Value.Parameter
  public abstract Map<String, Object> arguments();

  /**
   * Says what to do, in English.
   *
   * @return a sentence
   */
  public String description() {
    return description(Locale.ENGLISH);
  }

  /**
   * Says what to do, in a language.
   *
   * @param locale the language; English where the standard messages have no translation
   * @return a sentence
   */
  public String description(Locale locale) {
    return Messages.standard().description(this, locale);
  }

  /** Returns the kind, actor, date and subjects, for debugging. */
  @Override
  public String toString() {
    return kind()
        + "["
        + actor()
        + actorPartnerId().map(partner -> " " + partner).orElse("")
        + ", "
        + date().map(Object::toString).orElse("undated")
        + ", "
        + subjects()
        + "]";
  }
}
