package org.csptransfer.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.csptransfer.core.Money;
import org.csptransfer.rules.action.RequiredAction;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One thing a rule found about a plan.
 *
 * <p>The {@link #code() code}, {@link #severity() severity}, {@link #rule() rule}, {@link
 * #subjects() subjects} and {@link #arguments() arguments} are the stable part a service can branch
 * on; the {@link #message(Locale) message} is rendered from them for people, in the language asked
 * (see {@link Messages}), and may be reworded between versions.
 *
 * <p>Findings of a {@link FindingCode standard code} come from the standard rules only and always
 * carry the code's severity and rule. A user's rule builds its own with {@link #custom(String,
 * String, Severity)}:
 *
 * <pre>{@code
 * Finding.custom("max-sources", "TOO_MANY_SOURCES", Severity.ERROR)
 *     .argument("sources", 30)
 *     .argument("maximum", 25)
 *     .message("{sources} subscriptions; at most {maximum} per plan")
 *     .build();
 * }</pre>
 *
 * <p>Immutable; equal when every part but the message template is equal.
 */
// Immutables would make its builder extend a nested class named Builder; this one is the
// hand-written builder of custom findings, with its own checks, so Immutables keeps its own.
@SuppressWarnings("immutables:incompat")
@Value.Immutable
public abstract class Finding {

  Finding() {}

  /** A finding of a standard code, as the standard rules raise it. */
  static Finding of(
      FindingCode code,
      List<String> subjects,
      Map<String, Object> arguments,
      @Nullable RequiredAction action) {
    return ImmutableFinding.of(
        code.name(),
        code.severity(),
        code.rule().id(),
        subjects,
        arguments,
        Optional.ofNullable(action),
        Optional.empty());
  }

  /** A finding of a standard code without action. */
  static Finding of(FindingCode code, List<String> subjects, Map<String, Object> arguments) {
    return of(code, subjects, arguments, null);
  }

  /**
   * Starts a finding of a user's rule.
   *
   * @param rule the id of the rule that raises it: the pipeline refuses a finding returned by
   *     another rule; not null
   * @param code the finding's code: upper-case words joined by underscores, at most 64 characters,
   *     not the name of a {@link FindingCode}; not null
   * @param severity how much it weighs on the verdict; not null
   * @return a builder
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the rule id or the code is malformed, or the code is a
   *     standard code's name
   */
  public static Builder custom(String rule, String code, Severity severity) {
    return new Builder(
        Identifiers.checkRuleId(requireNonNull(rule, "rule")),
        Identifiers.checkCustomCode(requireNonNull(code, "code")),
        requireNonNull(severity, "severity"));
  }

  /**
   * Returns the finding's code: a {@link FindingCode} name for the standard rules, a user's code
   * for a user's rule.
   *
   * @return the code
   */
  @Value.Parameter
  public abstract String code();

  /**
   * Returns the standard code of this finding.
   *
   * @return the code, or empty for a user's code
   */
  public Optional<FindingCode> standardCode() {
    return FindingCode.named(code());
  }

  /**
   * Tells whether this finding has a standard code.
   *
   * @param standard the code; not null
   * @return true if this finding's code is {@code standard}'s name
   */
  public boolean is(FindingCode standard) {
    return code().equals(standard.name());
  }

  /**
   * Returns how much the finding weighs on the verdict.
   *
   * @return the severity
   */
  @Value.Parameter
  public abstract Severity severity();

  /**
   * Returns the id of the rule that raised it.
   *
   * @return the rule's id
   */
  @Value.Parameter
  public abstract String rule();

  /**
   * Returns what the finding is about, most specific first: subscription ids (sources, then
   * targets), transfer ids, offer ids or a partner id.
   *
   * @return the subjects
   */
  @Value.Parameter
  public abstract List<String> subjects();

  /**
   * Returns the values a message is rendered from, by name, in a stable order: {@link String},
   * {@link Integer}, {@link Long}, {@link BigDecimal}, {@link Boolean}, {@link LocalDate}, {@link
   * Money}, or lists of those.
   *
   * @return the arguments
   */
  @Value.Parameter
  public abstract Map<String, Object> arguments();

  /**
   * Returns what to do about the finding.
   *
   * @return the action, if something can be done
   */
  @Value.Parameter
  public abstract Optional<RequiredAction> action();

  /** The English template a user's finding was built with, for {@link Messages}. */
  @Value.Parameter
  @Value.Auxiliary
  abstract Optional<String> customTemplate();

  /** The English template of a custom finding, or null for a standard one. */
  @Nullable String template() {
    return customTemplate().orElse(null);
  }

  /**
   * Returns the message in English.
   *
   * @return a sentence with the numbers that matter
   */
  public String message() {
    return Messages.standard().message(this, Locale.ENGLISH);
  }

  /**
   * Returns the message in a language, with numbers, dates and money formatted for it.
   *
   * @param locale the language; English where the standard messages have no translation
   * @return the message
   */
  public String message(Locale locale) {
    return Messages.standard().message(this, locale);
  }

  @Override
  public String toString() {
    return code() + "[" + severity() + ", " + rule() + ", " + subjects() + ", " + arguments() + "]";
  }

  /** Builds a finding of a user's rule. Not thread-safe. */
  public static final class Builder {
    private final String rule;
    private final String code;
    private final Severity severity;
    private final List<String> subjects = new ArrayList<>();
    private final Map<String, Object> arguments = new LinkedHashMap<>();
    private @Nullable RequiredAction action;
    private @Nullable String template;

    private Builder(String rule, String code, Severity severity) {
      this.rule = rule;
      this.code = code;
      this.severity = severity;
    }

    /**
     * Adds a subject: a subscription, transfer, offer or partner id the finding is about.
     *
     * @param subject the id; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder subject(String subject) {
      subjects.add(requireNonNull(subject, "subject"));
      return this;
    }

    /**
     * Adds subjects, in order.
     *
     * @param more the ids; not null, no null element
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder subjects(Collection<String> more) {
      for (String subject : more) {
        subject(subject);
      }
      return this;
    }

    /**
     * Adds a value the message shows.
     *
     * @param name the argument's name, used as {@code {name}} in message templates; not null
     * @param value a {@link String}, {@link Integer}, {@link Long}, {@link BigDecimal}, {@link
     *     Boolean}, {@link LocalDate}, {@link Money}, or a list of those; not null
     * @return this builder
     * @throws IllegalArgumentException if the value is of another type or the name is taken
     */
    @CanIgnoreReturnValue
    public Builder argument(String name, Object value) {
      requireNonNull(name, "name");
      checkArgument(
          isSupported(requireNonNull(value, "value")),
          "finding[%s].arguments[%s]: %s values are not supported",
          code,
          name,
          value.getClass().getSimpleName());
      checkArgument(
          !arguments.containsKey(name), "finding[%s].arguments[%s]: given twice", code, name);
      arguments.put(name, value instanceof List<?> list ? List.copyOf(list) : value);
      return this;
    }

    /**
     * Sets what to do about the finding.
     *
     * @param required the action; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder action(RequiredAction required) {
      this.action = requireNonNull(required, "action");
      return this;
    }

    /**
     * Sets the English message template, used when no {@link Messages} table has one for the code:
     * text with {@code {name}} where an argument's value goes, formatted for the language.
     *
     * @param english the template; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder message(String english) {
      this.template = requireNonNull(english, "message");
      return this;
    }

    /**
     * Builds the finding.
     *
     * @return the finding
     */
    public Finding build() {
      return ImmutableFinding.of(
          code,
          severity,
          rule,
          subjects,
          arguments,
          Optional.ofNullable(action),
          Optional.ofNullable(template));
    }

    private static boolean isSupported(Object value) {
      if (value instanceof List<?> list) {
        for (Object element : list) {
          if (element == null || element instanceof List<?> || !isSupported(element)) {
            return false;
          }
        }
        return true;
      }
      return value instanceof String
          || value instanceof Integer
          || value instanceof Long
          || value instanceof BigDecimal
          || value instanceof Boolean
          || value instanceof LocalDate
          || value instanceof Money;
    }
  }
}
