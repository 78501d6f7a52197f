package org.csptransfer.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.csptransfer.core.PartnerId;
import org.jspecify.annotations.Nullable;

/**
 * One step of carrying a plan out: what to do, who does it and by when (CONTRACT.md, "Version 3",
 * "The runbook"). A decision's {@link TransitionDecision#runbook() runbook} lists them in the order
 * they must happen. Steps are not required actions: they never change the verdict.
 *
 * <p>Immutable; built by the pipeline. Outputs users read but never build have no public
 * constructor, so fields can be added without breaking anyone.
 */
public final class RunbookStep {

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

  private final Kind kind;
  private final Actor actor;
  private final @Nullable PartnerId actorPartnerId;
  private final @Nullable LocalDate date;
  private final List<String> subjects;
  private final Map<String, Object> arguments;

  RunbookStep(
      Kind kind,
      Actor actor,
      @Nullable PartnerId actorPartnerId,
      @Nullable LocalDate date,
      List<String> subjects,
      Map<String, Object> arguments) {
    this.kind = kind;
    this.actor = actor;
    this.actorPartnerId = actorPartnerId;
    this.date = date;
    this.subjects = subjects;
    this.arguments = arguments;
  }

  /**
   * Returns the kind of step.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns who takes the step.
   *
   * @return the actor
   */
  public Actor actor() {
    return actor;
  }

  /**
   * Returns the partner that takes the step when the actor is {@link Actor#CURRENT_PARTNER}.
   *
   * @return its partner id, present exactly for the current partner
   */
  public Optional<PartnerId> actorPartnerId() {
    return Optional.ofNullable(actorPartnerId);
  }

  /**
   * Returns the day on which, or the last day by which, the step must be taken: a transfer's date,
   * a target's start, the later of a replacement's start and the source's last day of service for a
   * reassignment, the last day of the term for turning renewal off, the cancel date.
   *
   * @return the date, inclusive; empty for a step that comes before every dated one
   */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  /**
   * Returns the ids the step is about: the target partner's id for the relationship; the transfer
   * request's id (and, to submit it, its sources' ids); the target's id and offer id to buy; the
   * source's id and its replacing targets' ids to reassign; the stacked target's id and its base's
   * to assign; the source's id to turn renewal off or cancel.
   *
   * @return the subjects, in that order
   */
  public List<String> subjects() {
    return subjects;
  }

  /**
   * Returns the seats to buy, for a {@link Kind#BUY} step.
   *
   * @return the quantity, present for {@code BUY} only
   */
  public OptionalInt quantity() {
    Object quantity = arguments.get("quantity");
    return kind == Kind.BUY && quantity instanceof Integer seats
        ? OptionalInt.of(seats)
        : OptionalInt.empty();
  }

  /**
   * Returns the values the description is rendered from, by name.
   *
   * @return the arguments
   */
  public Map<String, Object> arguments() {
    return arguments;
  }

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

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof RunbookStep that
        && kind == that.kind
        && actor == that.actor
        && Objects.equals(actorPartnerId, that.actorPartnerId)
        && Objects.equals(date, that.date)
        && subjects.equals(that.subjects)
        && arguments.equals(that.arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, actor, actorPartnerId, date, subjects, arguments);
  }

  @Override
  public String toString() {
    return kind
        + "["
        + actor
        + (actorPartnerId == null ? "" : " " + actorPartnerId)
        + ", "
        + (date == null ? "undated" : date)
        + ", "
        + subjects
        + "]";
  }
}
