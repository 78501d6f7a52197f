package org.csptransfer.rules;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;

/** The shapes of rule ids and finding codes, checked where users give them. */
final class Identifiers {

  private static final int MAX_LENGTH = 64;
  private static final Pattern RULE_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

  private Identifiers() {}

  /**
   * Checks a rule id: lower-case letters and digits in words joined by hyphens, starting with a
   * letter, at most 64 characters, like {@code "license-count"}.
   */
  static String checkRuleId(String id) {
    checkArgument(
        id.length() <= MAX_LENGTH && RULE_ID.matcher(id).matches(),
        "rule id: '%s' is not lower-case words joined by hyphens (like license-count), at most %s"
            + " characters",
        id,
        MAX_LENGTH);
    return id;
  }

  /**
   * Checks a custom code: upper-case letters and digits in words joined by underscores, starting
   * with a letter, at most 64 characters, and not the name of a standard code.
   */
  static String checkCustomCode(String code) {
    checkArgument(
        code.length() <= MAX_LENGTH && CODE.matcher(code).matches(),
        "finding code: '%s' is not upper-case words joined by underscores (like TOO_MANY_SOURCES),"
            + " at most %s characters",
        code,
        MAX_LENGTH);
    checkArgument(
        FindingCode.named(code).isEmpty(),
        "finding code: %s is a standard code; only the standard rules raise it",
        code);
    return code;
  }
}
