package org.csptransfer.check;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The option every mode of the command shares, as a picocli mixin: {@code --lang}, the language of
 * messages, notes and reports. A subcommand's own {@code --lang} wins over the one given before it,
 * so {@code transfer-check --lang fr import ...} and {@code transfer-check import --lang fr ...}
 * say the same.
 */
final class LanguageOption {

  /** The languages of messages and reports. */
  enum Language {
    /** English. */
    en,
    /** French. */
    fr
  }

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description = "Language of messages and reports: ${COMPLETION-CANDIDATES} (default: en).")
  private @Nullable Language language;

  /**
   * Returns the language given, else the one an enclosing command was given, else English.
   *
   * @param enclosing the enclosing command's option, or null for the top command
   * @return the locale of that language
   */
  Locale locale(@Nullable LanguageOption enclosing) {
    Language chosen = language;
    if (chosen == null && enclosing != null) {
      chosen = enclosing.language;
    }
    return Locale.forLanguageTag(chosen == null ? Language.en.name() : chosen.name());
  }
}
