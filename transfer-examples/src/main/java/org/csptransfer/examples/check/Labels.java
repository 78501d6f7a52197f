package org.csptransfer.examples.check;

import java.util.Locale;
import java.util.Map;
import org.csptransfer.json.internal.Printable;
import org.csptransfer.rules.Messages;

/**
 * The texts of the command's reports in one language: labels and sentences from the standard
 * messages (keys {@code report.*} and {@code book.*}), values formatted for the language, and every
 * value from a scenario made safe to print.
 */
final class Labels {

  private final Messages messages;
  private final Locale locale;

  Labels(Messages messages, Locale locale) {
    this.messages = messages;
    this.locale = locale;
  }

  static Labels of(Locale locale) {
    return new Labels(Messages.standard(), locale);
  }

  Messages messages() {
    return messages;
  }

  Locale locale() {
    return locale;
  }

  /** A label with no values. */
  String label(String key) {
    return messages.text(key, Map.of(), locale);
  }

  /** A sentence rendered from values. */
  String text(String key, Map<String, ?> arguments) {
    return messages.text(key, arguments, locale);
  }

  /** A value formatted for the language: a date, a number, money, a list. */
  String format(Object value) {
    return messages.format(value, locale);
  }

  /**
   * Text from a scenario, or rendered from one, made safe for a terminal: controls, bidirectional
   * overrides and line breaks shown escaped.
   */
  static String safe(String text) {
    return Printable.escape(text);
  }
}
