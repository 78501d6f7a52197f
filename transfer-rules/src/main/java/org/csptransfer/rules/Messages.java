package org.csptransfer.rules;

import static java.util.Objects.requireNonNull;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.csptransfer.rules.action.RequiredAction;
import org.csptransfer.rules.internal.Grammar;
import org.csptransfer.rules.internal.MessageBundle;
import org.csptransfer.rules.internal.Template;
import org.jspecify.annotations.Nullable;

/**
 * Renders findings, actions, planner notes and report texts for people, in a language, from their
 * codes and arguments: nothing is stored as English inside a decision, so a service shows the same
 * decision in each customer's language.
 *
 * <h2>Bundles</h2>
 *
 * Texts live in properties files, one family per module ({@code messages.properties} is English,
 * {@code messages_fr.properties} French, as Microsoft's French Partner Center documentation words
 * it), read in UTF-8. A locale is resolved as {@link java.util.ResourceBundle} resolves it, with
 * the JDK's candidate locales: {@code pt_BR}, then {@code pt}, then the root (English), so {@code
 * pt-BR} and {@code pt-PT} may differ and {@code fr-CA} falls back to {@code fr}. The default
 * locale of the machine never takes part.
 *
 * <p>{@link #standard()} holds the rules' bundle (findings, actions, planner notes, runbook steps)
 * and any file named {@code META-INF/csp-transfer/messages_<locale>.properties} on the class path:
 * drop such a file in a jar to add a language, or reword one, without Java. {@link
 * #withBundle(String, Function)} adds a module's family, {@link #withTemplates(Locale, Map)} single
 * texts. Keys are {@code finding.<CODE>}, {@code action.<KIND>}, {@code note.<KIND>}, {@code
 * step.<KIND>}. A more specific locale wins over a more general one; within a locale, the class
 * path's files win over the modules' bundles (the latest added first), and templates given with
 * {@code withTemplates} over both.
 *
 * <h2>Templates</h2>
 *
 * Values are templates with {@code {argument}} placeholders, plural forms {@code
 * {users|user|users}}, table look-ups {@code {status@status}} and optional parts {@code {value?
 * worth {value}}}. Plural forms follow the order a bundle declares in {@code plural.forms} (English
 * {@code one, other}; Polish {@code one, few, many}), each category chosen by its CLDR rule {@code
 * plural.<category>} ({@code plural.one=i = 1 and v = 0}); a count under no rule takes {@code
 * other}, or the last form. A language's particulars are entries too: {@code
 * format.list.separator}, {@code format.date.firstOfMonth} (French "1er"), {@code format.elision.*}
 * (French "d'"). Numbers, dates and money are formatted for the locale: {@code 1 234}, {@code 31
 * mars 2026}, {@code 1 234,56 €} in French.
 *
 * <p>Immutable and thread-safe; each file is read once, when a locale first needs it.
 */
public final class Messages {

  /** Resolved locales kept at most; beyond, a locale is resolved on each use. */
  private static final int MAX_CACHED_LOCALES = 64;

  /**
   * Files on the class path that add or override a language, over every module's bundle of the same
   * locale: a user's translation wins over ours.
   */
  private static final MessageBundle DROP_INS =
      MessageBundle.of("META-INF/csp-transfer/messages", Messages::dropIn);

  private static final Messages STANDARD =
      new Messages(
          List.of(MessageBundle.of("messages", Messages.class::getResourceAsStream)),
          Map.of(),
          plan -> Optional.empty());

  private final List<MessageBundle> bundles;
  private final Map<Locale, Map<String, String>> overrides;
  private final Function<String, Optional<String>> planNames;
  private final Map<Locale, Resolved> resolved = new ConcurrentHashMap<>();

  /** A locale's templates merged over its candidates, and its grammar read from them. */
  private record Resolved(Map<String, String> templates, Grammar grammar) {}

  private Messages(
      List<MessageBundle> bundles,
      Map<Locale, Map<String, String>> overrides,
      Function<String, Optional<String>> planNames) {
    this.bundles = bundles;
    this.overrides = overrides;
    this.planNames = planNames;
  }

  private static @Nullable InputStream dropIn(String name) {
    ClassLoader loader = Messages.class.getClassLoader();
    return loader == null ? null : loader.getResourceAsStream(name);
  }

  /**
   * Returns the messages csp-transfer's rules ship (English and French) with any language dropped
   * on the class path as {@code META-INF/csp-transfer/messages_<locale>.properties}.
   *
   * @return the shared instance
   */
  public static Messages standard() {
    return STANDARD;
  }

  /**
   * Returns these messages with a module's family of properties files added, above those already
   * held.
   *
   * @param baseName the files' name without locale and extension, as {@code resources} resolves it,
   *     for example {@code "messages"} for {@code messages.properties} and {@code
   *     messages_fr.properties}; not null
   * @param resources opens a file by name, or returns null when there is none; typically {@code
   *     MyClass.class::getResourceAsStream}, so that a named module reads its own encapsulated
   *     resources; not null
   * @return new messages; these are unchanged
   * @throws java.io.UncheckedIOException later, when a file that exists cannot be read
   */
  public Messages withBundle(String baseName, Function<String, @Nullable InputStream> resources) {
    List<MessageBundle> copy = new ArrayList<>(bundles);
    copy.add(MessageBundle.of(baseName, resources));
    return new Messages(List.copyOf(copy), overrides, planNames);
  }

  /**
   * Returns these messages with templates added or replaced for a locale.
   *
   * @param locale the locale, whole: {@code fr_CA} templates serve {@code fr_CA} only, {@code fr}
   *     ones every French locale, {@link Locale#ROOT} ones every locale; not null
   * @param templates templates by key, for example {@code "finding.TOO_MANY_SOURCES" -> "{sources}
   *     subscriptions; at most 25"}; not null
   * @return new messages; these are unchanged
   */
  public Messages withTemplates(Locale locale, Map<String, String> templates) {
    requireNonNull(locale, "locale");
    Map<Locale, Map<String, String>> copy = new HashMap<>(overrides);
    Map<String, String> table = new HashMap<>(copy.getOrDefault(locale, Map.of()));
    table.putAll(templates);
    copy.put(locale, Map.copyOf(table));
    return new Messages(bundles, Map.copyOf(copy), planNames);
  }

  /**
   * Returns these messages naming service plans by their friendly names (for example from
   * Microsoft's licensing table) where a message lists plans.
   *
   * @param names a plan's friendly name by its name, or empty where unknown; not null
   * @return new messages; these are unchanged
   */
  public Messages withServicePlanNames(Function<String, Optional<String>> names) {
    return new Messages(bundles, overrides, requireNonNull(names, "names"));
  }

  /**
   * Returns the template of a key in a locale: the locale's own, else that of a more general
   * candidate locale, down to English.
   *
   * @param key the key, for example {@code "finding.DATA_LOSS"}; not null
   * @param locale the locale; not null
   * @return the template, or empty if no candidate locale has one
   * @throws java.io.UncheckedIOException if a bundle's file exists but cannot be read
   */
  public Optional<String> template(String key, Locale locale) {
    return Optional.ofNullable(resolve(locale).templates().get(key));
  }

  /** Every template a locale sees, merged once: general locales first, specific ones over them. */
  private Resolved resolve(Locale locale) {
    Resolved cached = resolved.get(locale);
    if (cached != null) {
      return cached;
    }
    List<Locale> candidates = MessageBundle.candidates(locale);
    Map<String, String> merged = new HashMap<>();
    for (int c = candidates.size() - 1; c >= 0; c--) {
      Locale candidate = candidates.get(c);
      for (MessageBundle bundle : bundles) {
        merged.putAll(bundle.templates(candidate));
      }
      merged.putAll(DROP_INS.templates(candidate));
      merged.putAll(overrides.getOrDefault(candidate, Map.of()));
    }
    Map<String, String> templates = Map.copyOf(merged);
    Resolved result =
        new Resolved(templates, Grammar.of(key -> Optional.ofNullable(templates.get(key))));
    if (resolved.size() < MAX_CACHED_LOCALES) {
      resolved.putIfAbsent(locale, result);
    }
    return result;
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
    Resolved language = resolve(locale);
    Map<String, String> templates = language.templates();
    return new Template(
        locale, key -> Optional.ofNullable(templates.get(key)), planNames, language.grammar());
  }
}
