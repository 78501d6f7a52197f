package org.csptransfer.rules.planning;

import java.util.Locale;
import java.util.Map;
import org.csptransfer.rules.Messages;
import org.csptransfer.rules.Note;
import org.immutables.value.Value;

/**
 * Why the planner chose what it did, or what it could not do: a {@link Kind} and the values its
 * sentence is rendered from, in a language (see {@link Messages}, keys {@code note.<KIND>}).
 *
 * <p>Immutable; built by the planner.
 */
@Value.Immutable
public abstract class PlanNote implements Note<PlanNote.Kind> {

  /** What a note says. */
  public enum Kind {
    /** A source already held through the target partner: left out of the plan. */
    HELD_BY_TARGET_PARTNER,
    /** An add-on whose base is held through the target partner: planned on its own. */
    PARENT_LEFT_OUT,
    /** A source the request cancelled: the plan lets it expire instead. */
    LET_EXPIRE_INSTEAD,
    /** What cancelling a source on the as-of date would forfeit, when it is a lot. */
    CANCELLING_NOW_FORFEITS,
    /** A source that is not active: left to lapse. */
    INACTIVE_LEFT_TO_LAPSE,
    /** A source with no assigned licenses: left to lapse. */
    UNUSED_LEFT_TO_LAPSE,
    /** A source whose offer is missing from the catalog: not planned. */
    OFFER_NOT_IN_CATALOG,
    /** A source no offer for sale can replace without data loss: not planned. */
    NO_REPLACEMENT,
    /** A discontinued offer replaced by its declared successor. */
    SUCCESSOR_CHOSEN,
    /** A discontinued offer replaced by an equivalent offer. */
    EQUIVALENT_CHOSEN,
    /** An offer replaced by one that keeps the data but drops feature-only plans. */
    FEATURES_DROPPED,
    /** An offer replaced by two offers stacked for the same users. */
    STACKED_REPLACEMENT,
    /** Seats raised to the offer's minimum. */
    MINIMUM_RAISED,
    /** Seats split over several subscriptions above the offer's maximum. */
    SPLIT,
    /** More subscriptions than a plan may propose: not planned. */
    TOO_MANY_TARGETS,
    /** Sources moved by a partner-to-partner transfer. */
    TRANSFERRED,
    /** A CSP source a transfer cannot move: bought new. */
    NOT_TRANSFERABLE,
    /** A source bought new because an add-on or base it moves with cannot be transferred. */
    FAMILY_NOT_TRANSFERABLE,
    /** A base and its add-ons, more than one transfer request may hold: bought new. */
    FAMILY_TOO_LARGE
  }

  PlanNote() {}

  /** Returns a note; the arguments keep their order. */
  static PlanNote of(Kind kind, Map<String, ?> arguments) {
    return ImmutablePlanNote.of(kind, arguments);
  }

  /**
   * Returns what the note says.
   *
   * @return the kind
   */
  @Override
  @Value.Parameter
  public abstract Kind kind();

  /**
   * Returns the values its sentence is rendered from, by name.
   *
   * @return the arguments
   */
  @Override
  @Value.Parameter
  public abstract Map<String, Object> arguments();

  /**
   * Returns the note in a language.
   *
   * @param locale the language; English where the standard messages have no translation
   * @return a sentence
   */
  @Override
  public String message(Locale locale) {
    return Messages.standard().text("note." + kind(), arguments(), locale);
  }

  /** Returns the English sentence. */
  @Override
  public String toString() {
    return message();
  }
}
