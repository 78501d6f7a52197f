package org.csptransfer.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One CLDR plural rule, as Unicode's plural rules write it (<a
 * href="https://unicode.org/reports/tr35/tr35-numbers.html#Language_Plural_Rules">UTS #35, Language
 * Plural Rules</a>), evaluated for whole numbers: for example {@code i = 1 and v = 0}, or Polish's
 * {@code v = 0 and i % 10 = 2..4 and i % 100 != 12..14}.
 *
 * <p>The counts messages pluralize (users, seats, days, list sizes) are whole numbers, so the
 * operands are {@code n} and {@code i} (the absolute value) and {@code v}, {@code w}, {@code f},
 * {@code t}, {@code c} and {@code e} (all zero). Samples after {@code @} are ignored. Immutable.
 */
final class PluralRule {

  /** A relation: operand modulo, equal or not to any of the ranges. */
  private static final class Relation {
    private final char operand;
    private final long modulo;
    private final boolean equal;
    private final long[] ranges;

    Relation(char operand, long modulo, boolean equal, long[] ranges) {
      this.operand = operand;
      this.modulo = modulo;
      this.equal = equal;
      this.ranges = ranges;
    }

    boolean matches(long count) {
      long value = operand == 'n' || operand == 'i' ? count : 0;
      if (modulo > 0) {
        value %= modulo;
      }
      boolean inRanges = false;
      for (int r = 0; r < ranges.length && !inRanges; r += 2) {
        inRanges = value >= ranges[r] && value <= ranges[r + 1];
      }
      return inRanges == equal;
    }
  }

  /** Or of and-conditions. */
  private final List<List<Relation>> conditions;

  private PluralRule(List<List<Relation>> conditions) {
    this.conditions = conditions;
  }

  /**
   * Parses a rule.
   *
   * @param rule the rule's text, for example {@code "i = 0,1"}
   * @return the rule
   * @throws IllegalArgumentException if the text is not a rule of this grammar
   */
  static PluralRule parse(String rule) {
    int samples = rule.indexOf('@');
    String text = (samples < 0 ? rule : rule.substring(0, samples)).trim();
    List<List<Relation>> conditions = new ArrayList<>();
    if (text.isEmpty()) {
      return new PluralRule(conditions);
    }
    for (String or : text.split("\\bor\\b", -1)) {
      List<Relation> and = new ArrayList<>();
      for (String relation : or.split("\\band\\b", -1)) {
        and.add(relation(relation.trim(), rule));
      }
      conditions.add(List.copyOf(and));
    }
    return new PluralRule(List.copyOf(conditions));
  }

  private static Relation relation(String text, String rule) {
    int equals = text.indexOf('=');
    if (equals < 1) {
      throw invalid(rule);
    }
    boolean equal = text.charAt(equals - 1) != '!';
    String left = text.substring(0, equal ? equals : equals - 1).trim();
    String right = text.substring(equals + 1).trim();
    String[] expression = left.split("%", -1);
    String operand = expression[0].trim().toLowerCase(Locale.ROOT);
    if (operand.length() != 1 || "nivwftce".indexOf(operand.charAt(0)) < 0) {
      throw invalid(rule);
    }
    long modulo = expression.length == 2 ? number(expression[1], rule) : 0;
    if (expression.length > 2 || (expression.length == 2 && modulo <= 0)) {
      throw invalid(rule);
    }
    String[] items = right.split(",", -1);
    long[] ranges = new long[items.length * 2];
    for (int i = 0; i < items.length; i++) {
      String[] bounds = items[i].split("\\.\\.", -1);
      if (bounds.length > 2) {
        throw invalid(rule);
      }
      ranges[2 * i] = number(bounds[0], rule);
      ranges[2 * i + 1] = bounds.length == 2 ? number(bounds[1], rule) : ranges[2 * i];
    }
    return new Relation(operand.charAt(0), modulo, equal, ranges);
  }

  private static long number(String text, String rule) {
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw invalid(rule);
    }
  }

  private static IllegalArgumentException invalid(String rule) {
    return new IllegalArgumentException("plural rule is not CLDR syntax: '" + rule + "'");
  }

  /**
   * Tells whether a count falls under this rule.
   *
   * @param count the count, any sign (its absolute value counts)
   * @return true if it does; an empty rule matches nothing
   */
  boolean matches(long count) {
    long absolute = count == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(count);
    for (List<Relation> and : conditions) {
      boolean all = true;
      for (Relation relation : and) {
        all &= relation.matches(absolute);
      }
      if (all) {
        return true;
      }
    }
    return false;
  }
}
