package org.csptransfer.rules;

import java.util.Locale;
import java.util.Map;

/**
 * A note for people about how a result was reached, the one shape of the planner's notes ({@code
 * PlanNote}) and the tenant import's ({@code ImportNote}): a kind from a closed set, the values its
 * sentence is rendered from, and the sentence in a language. Like a finding, a note stores no
 * English: it is rendered from its kind and arguments when asked. Implementations are immutable
 * values, equal when their kind and arguments are.
 *
 * @param <K> the kinds of note
 */
public interface Note<K extends Enum<K>> {

  /**
   * Returns what the note says.
   *
   * @return the kind
   */
  K kind();

  /**
   * Returns the values its sentence is rendered from, by name, in a stable order.
   *
   * @return the arguments
   */
  Map<String, Object> arguments();

  /**
   * Returns the note in a language.
   *
   * @param locale the language; English where the messages have no translation; not null
   * @return a sentence
   */
  String message(Locale locale);

  /**
   * Returns the note in English.
   *
   * @return a sentence
   */
  default String message() {
    return message(Locale.ENGLISH);
  }
}
