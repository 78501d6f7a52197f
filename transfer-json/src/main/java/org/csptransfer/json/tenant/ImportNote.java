package org.csptransfer.json.tenant;

import java.util.Locale;
import java.util.Map;
import org.csptransfer.rules.Messages;
import org.csptransfer.rules.Note;
import org.immutables.value.Value;

/**
 * What an import could not carry over from Microsoft's data as it stands, or chose on the user's
 * behalf: a {@link Kind} and the values its sentence is rendered from (see {@link Messages}, keys
 * {@code import.<KIND>}). The importer never guesses silently: every choice that loses information
 * is a note.
 *
 * <p>Immutable.
 */
@Value.Immutable
public abstract class ImportNote implements Note<ImportNote.Kind> {

  private static final Messages MESSAGES =
      Messages.standard().withBundle("messages", ImportNote.class::getResourceAsStream);

  /** What a note says. */
  public enum Kind {
    /** A SKU's assigned licenses were shared over its several subscriptions. */
    SEATS_SHARED,
    /**
     * More licenses of a SKU are assigned than its subscriptions hold: the excess is not counted.
     */
    SEATS_BEYOND_TOTAL,
    /** A subscription's SKU is missing from {@code subscribedSkus}: no assigned licenses known. */
    SKU_NOT_SUBSCRIBED,
    /** An offer's service plans come from the SKU reference, not from the tenant. */
    PLANS_FROM_REFERENCE,
    /** An offer with no known service plans. */
    NO_SERVICE_PLANS,
    /** Subscriptions not bought from a CSP partner: their channel (direct, EA, Open) is unknown. */
    CHANNEL_UNKNOWN,
    /** A Partner Center subscription that matches no Graph subscription: ignored. */
    PARTNER_CENTER_UNMATCHED,
    /** A Partner Center status with no scenario equivalent: Graph's status kept. */
    PARTNER_CENTER_STATUS_KEPT,
    /** A parent subscription that is not among the sources: the link is dropped. */
    PARENT_UNKNOWN,
    /**
     * Parent links that form a cycle (an add-on that is, through others, its own parent): the link
     * of the cycle's first source is dropped; arguments {@code source}, {@code parent}, {@code
     * length}.
     */
    PARENT_CYCLE,
    /**
     * An expired or disabled subscription's term end derived from Graph's next lifecycle date minus
     * the days of its lifecycle row (version 3).
     */
    TERM_END_DERIVED,
    /**
     * A Partner Center commitment end date outside the date limits (Microsoft writes 9999-12-10 for
     * subscriptions that do not renew): Graph's date is kept.
     */
    COMMITMENT_END_IGNORED,
    /**
     * Subscriptions held through CSP partners, named by tenant id, while the target partner's
     * tenant id is not given: the import cannot tell whether one is already the target partner's.
     */
    PARTNER_TENANT_UNKNOWN,
    /** A tenant-wide SKU (applies to the company, such as extra storage): all its seats count. */
    TENANT_WIDE_SKU,
    /** A SKU whose users hold licenses but that no subscription of the tenant sells. */
    SKU_WITHOUT_SUBSCRIPTION,
    /** Two {@code subscribedSkus} items of one part number: their assigned licenses are summed. */
    SKU_REPEATED
  }

  ImportNote() {}

  /**
   * Returns a note.
   *
   * @param kind what it says; not null
   * @param arguments the values of its sentence by name, in order: strings, numbers, lists; not
   *     null, nor any value
   * @return the note
   */
  static ImportNote of(Kind kind, Map<String, ?> arguments) {
    return ImmutableImportNote.of(kind, arguments);
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
   * Returns the note in a language, with the standard messages.
   *
   * @param locale the language; not null
   * @return a sentence
   */
  @Override
  public String message(Locale locale) {
    return MESSAGES.text("import." + kind(), arguments(), locale);
  }

  /**
   * Returns the standard messages with the import's notes (keys {@code import.<KIND>}, from this
   * module's {@code messages.properties} family), to render notes with or to extend.
   *
   * @return the shared instance
   */
  public static Messages messages() {
    return MESSAGES;
  }

  /** Returns the English sentence. */
  @Override
  public String toString() {
    return message();
  }
}
