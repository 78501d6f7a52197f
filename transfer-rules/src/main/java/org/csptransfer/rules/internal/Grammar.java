package org.csptransfer.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A language's grammar as its bundle declares it, read once per language: its CLDR plural
 * categories in the order of a template's forms with their parsed rules ({@code plural.forms},
 * {@code plural.<category>}), and its particulars ({@code format.list.separator}, {@code
 * format.date.firstOfMonth}, {@code format.elision.*}). Immutable.
 */
public final class Grammar {

  private final String[] categories;
  private final @Nullable PluralRule[] rules;
  private final int other;
  private final String listSeparator;
  private final @Nullable String firstOfMonth;
  private final @Nullable String elided;
  private final String elision;
  private final String elisionInitials;

  private Grammar(Function<String, Optional<String>> table) {
    List<String> declared = new ArrayList<>(4);
    for (String category : table.apply("plural.forms").orElse("one, other").split(",", -1)) {
      declared.add(category.trim());
    }
    this.categories = declared.toArray(new String[0]);
    this.rules = new PluralRule[categories.length];
    for (int c = 0; c < categories.length; c++) {
      Optional<String> rule = table.apply("plural." + categories[c]);
      rules[c] =
          categories[c].equals("other") || rule.isEmpty() ? null : PluralRule.parse(rule.get());
    }
    this.other = declared.indexOf("other");
    this.listSeparator = table.apply("format.list.separator").orElse(", ");
    this.firstOfMonth = table.apply("format.date.firstOfMonth").orElse(null);
    this.elided = table.apply("format.elision.word").orElse(null);
    this.elision = table.apply("format.elision.replacement").orElse(elided == null ? "" : elided);
    this.elisionInitials = table.apply("format.elision.initials").orElse("");
  }

  /**
   * Reads a language's grammar from its templates.
   *
   * @param table the language's templates by key, fallbacks included
   * @return the grammar
   * @throws IllegalArgumentException if a plural rule is not CLDR syntax
   */
  public static Grammar of(Function<String, Optional<String>> table) {
    return new Grammar(table);
  }

  /**
   * Returns the index of the plural form of a count among a template's forms: the first declared
   * category whose rule holds, else {@code other}, else the last form.
   *
   * @param count the count, or null for a value that is not one (it takes {@code other})
   * @param forms how many forms the template gives, at least 1
   * @return the index
   */
  int pluralForm(@Nullable Long count, int forms) {
    int chosen = other;
    if (count != null) {
      for (int c = 0; c < rules.length; c++) {
        PluralRule rule = rules[c];
        if (rule != null && rule.matches(count)) {
          chosen = c;
          break;
        }
      }
    }
    return chosen < 0 || chosen >= forms ? forms - 1 : chosen;
  }

  /** Joins the items of a list. */
  String listSeparator() {
    return listSeparator;
  }

  /** Replaces the day of a long date on the first of a month ("1er"), or null. */
  @Nullable String firstOfMonth() {
    return firstOfMonth;
  }

  /** The template's word before a value that is elided ("de "), or null. */
  @Nullable String elided() {
    return elided;
  }

  /** What an elided word becomes ("d'"). */
  String elision() {
    return elision;
  }

  /** The initials of a value before which the word is elided. */
  String elisionInitials() {
    return elisionInitials;
  }
}
