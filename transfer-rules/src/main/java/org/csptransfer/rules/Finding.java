package org.csptransfer.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One thing a rule found about a plan.
 *
 * <p>The {@link #code() code}, {@link #severity() severity}, {@link #rule() rule}, {@link
 * #subjects() subjects} and {@link #arguments() arguments} are the stable part a service can branch
 * on or render in its own words; the {@link #message() message} is plain English for people and may
 * change between versions.
 *
 * @param code the finding's code: a {@link FindingCode} name for the standard rules, any non-blank
 *     text for a user's rule
 * @param severity how much it weighs on the verdict
 * @param rule the id of the rule that raised it
 * @param subjects what it is about, most specific first: subscription ids (sources, then targets),
 *     offer ids or a partner id
 * @param message a sentence for people, with the numbers that matter
 * @param arguments the numbers and names of the message as values (String, Integer, Long,
 *     LocalDate, Money, or lists of those), in a stable order
 * @param action what to do about it, if something can be done
 */
public record Finding(
    String code,
    Severity severity,
    String rule,
    List<String> subjects,
    String message,
    Map<String, Object> arguments,
    Optional<RequiredAction> action) {

  /**
   * Creates a finding; the lists and map are copied.
   *
   * @param code the finding's code: a {@link FindingCode} name for the standard rules, any
   *     non-blank text for a user's rule
   * @param severity how much it weighs on the verdict
   * @param rule the id of the rule that raised it
   * @param subjects what it is about, most specific first: subscription ids (sources, then
   *     targets), offer ids or a partner id
   * @param message a sentence for people, with the numbers that matter
   * @param arguments the numbers and names of the message as values (String, Integer, Long,
   *     LocalDate, Money, or lists of those), in a stable order
   * @param action what to do about it, if something can be done
   * @throws NullPointerException if any component, subject, argument name or value is null
   * @throws IllegalArgumentException if the code, rule or message is blank
   */
  public Finding {
    requireNonNull(code, "code");
    requireNonNull(severity, "severity");
    requireNonNull(rule, "rule");
    requireNonNull(message, "message");
    requireNonNull(action, "action");
    checkArgument(!code.isBlank(), "finding.code: must not be blank");
    checkArgument(!rule.isBlank(), "finding[%s].rule: must not be blank", code);
    checkArgument(!message.isBlank(), "finding[%s].message: must not be blank", code);
    subjects = ImmutableList.copyOf(subjects);
    arguments = ImmutableMap.copyOf(arguments);
  }

  /**
   * Returns a finding of a standard code, with the code's severity and rule.
   *
   * @param code the code; not null
   * @param subjects what it is about; not null
   * @param message a sentence for people; not blank
   * @param arguments the message's values by name; not null
   * @return the finding, without action
   */
  public static Finding of(
      FindingCode code, List<String> subjects, String message, Map<String, Object> arguments) {
    return new Finding(
        code.name(),
        code.severity(),
        code.rule().id(),
        subjects,
        message,
        arguments,
        Optional.empty());
  }

  /**
   * Returns this finding with a required action.
   *
   * @param required what to do about it; not null
   * @return a copy with the action
   */
  public Finding withAction(RequiredAction required) {
    return new Finding(code, severity, rule, subjects, message, arguments, Optional.of(required));
  }

  /**
   * Tells whether this finding has a standard code.
   *
   * @param standard the code; not null
   * @return true if this finding's code is {@code standard}'s name
   */
  public boolean is(FindingCode standard) {
    return code.equals(standard.name());
  }
}
