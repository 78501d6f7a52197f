package org.csptransfer.rules;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.csptransfer.rules.internal.EnglishMessages;
import org.csptransfer.rules.internal.FrenchMessages;
import org.csptransfer.rules.internal.Template;

/**
 * Renders findings, actions, planner notes and report texts for people, in a language, from their
 * codes and arguments: nothing is stored as English inside a decision, so a service shows the same
 * decision in each customer's language.
 *
 * <p>{@link #standard()} speaks English and French (as Microsoft's French Partner Center
 * documentation words it); English is the fallback of every language. Add a language, override a
 * message or give the message of a user's code with {@link #withTemplates(Locale, Map)}: keys are
 * {@code finding.<CODE>}, {@code action.<KIND>} and {@code note.<KIND>}, values are templates with
 * {@code {argument}} placeholders (plural forms {@code {users|user|users}}, optional parts {@code
 * {value? worth {value}}}). Numbers, dates and money are formatted for the language: {@code 1 234},
 * {@code 31 mars 2026}, {@code 1 234,56 €} in French.
 *
 * <p>Immutable and thread-safe.
 */
public final class Messages {

  private static final Messages STANDARD =
      new Messages(
          Map.of("en", EnglishMessages.table(), "fr", FrenchMessages.table()),
          plan -> Optional.empty());

  private final Map<String, Map<String, String>> tables;
  private final Function<String, Optional<String>> planNames;

  private Messages(
      Map<String, Map<String, String>> tables, Function<String, Optional<String>> planNames) {
    this.tables = tables;
    this.planNames = planNames;
  }

  /**
   * Returns the messages csp-transfer ships: English and French.
   *
   * @return the shared instance
   */
  public static Messages standard() {
    return STANDARD;
  }

  /**
   * Returns these messages with templates added or replaced for a language.
   *
   * @param locale the language (its language code counts, not its country); not null
   * @param templates templates by key, for example {@code "finding.TOO_MANY_SOURCES" -> "{sources}
   *     subscriptions; at most 25"}; not null
   * @return new messages; these are unchanged
   */
  public Messages withTemplates(Locale locale, Map<String, String> templates) {
    String language = requireNonNull(locale, "locale").getLanguage();
    Map<String, Map<String, String>> copy = new HashMap<>(tables);
    Map<String, String> table = new HashMap<>(copy.getOrDefault(language, Map.of()));
    table.putAll(templates);
    copy.put(language, Map.copyOf(table));
    return new Messages(Map.copyOf(copy), planNames);
  }

  /**
   * Returns these messages naming service plans by their friendly names (for example from
   * Microsoft's licensing table) where a message lists plans.
   *
   * @param names a plan's friendly name by its name, or empty where unknown; not null
   * @return new messages; these are unchanged
   */
  public Messages withServicePlanNames(Function<String, Optional<String>> names) {
    return new Messages(tables, requireNonNull(names, "names"));
  }

  /**
   * Returns the languages with a table of their own.
   *
   * @return the language codes, for example {@code en} and {@code fr}
   */
  public Set<String> languages() {
    return tables.keySet();
  }

  /**
   * Returns the template of a key in a language, falling back to English.
   *
   * @param key the key, for example {@code "finding.DATA_LOSS"}; not null
   * @param locale the language; not null
   * @return the template, or empty if neither the language nor English has one
   */
  public Optional<String> template(String key, Locale locale) {
    String text = table(locale).get(key);
    if (text == null) {
      text = tables.getOrDefault("en", Map.of()).get(key);
    }
    return Optional.ofNullable(text);
  }

  private Map<String, String> table(Locale locale) {
    return tables.getOrDefault(locale.getLanguage(), Map.of());
  }

  /**
   * Renders a template of these messages.
   *
   * @param key the template's key; not null
   * @param arguments the values by name; not null
   * @param locale the language; not null
   * @return the text; the key itself if no template has it
   */
  public String text(String key, Map<String, ?> arguments, Locale locale) {
    return template(key, locale).map(text -> render(text, arguments, locale)).orElse(key);
  }

  /**
   * Renders a finding's message.
   *
   * @param finding the finding; not null
   * @param locale the language; not null
   * @return the message: the language's template for the code, else the English one, else the
   *     template the finding was built with, else its code and arguments
   */
  public String message(Finding finding, Locale locale) {
    Optional<String> text = template("finding." + finding.code(), locale);
    if (text.isPresent()) {
      return render(text.get(), finding.arguments(), locale);
    }
    String own = finding.template();
    return own != null
        ? render(own, finding.arguments(), locale)
        : finding.code() + " " + finding.arguments();
  }

  /**
   * Renders an action's description.
   *
   * @param action the action; not null
   * @param locale the language; not null
   * @return the description
   */
  public String description(RequiredAction action, Locale locale) {
    return text("action." + action.kind(), action.arguments(), locale);
  }

  /**
   * Renders a runbook step's description.
   *
   * @param step the step; not null
   * @param locale the language; not null
   * @return the description
   */
  public String description(RunbookStep step, Locale locale) {
    return text("step." + step.kind(), step.arguments(), locale);
  }

  /**
   * Formats one value as messages show it in a language: numbers grouped, dates long, money in its
   * currency's format.
   *
   * @param value a string, number, date, money, boolean or list of those; not null
   * @param locale the language; not null
   * @return the text
   */
  public String format(Object value, Locale locale) {
    return template(locale).format(value);
  }

  private String render(String text, Map<String, ?> arguments, Locale locale) {
    return template(locale).render(text, arguments);
  }

  private Template template(Locale locale) {
    return new Template(locale, key -> template(key, locale), planNames);
  }
}
