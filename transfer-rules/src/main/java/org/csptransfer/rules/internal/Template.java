package org.csptransfer.rules.internal;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.csptransfer.core.Money;

/**
 * The small template language of csp-transfer's messages: text with placeholders naming arguments,
 * rendered for a language.
 *
 * <ul>
 *   <li>{@code {name}}: the argument's value, formatted for the language: numbers with its digit
 *       grouping, dates in its long form ({@code 31 mars 2026}), money in its currency format
 *       ({@code 1 234,56 €}), lists joined with commas.
 *   <li>{@code {name|one|other}}: a plural form chosen by the argument (a number, or a list's size)
 *       under the language's CLDR rules: the bundle's {@code plural.forms} names the forms' order
 *       ({@code one, other}; Polish {@code one, few, many}) and {@code plural.<category>} each
 *       category's rule (French {@code plural.one=i = 0,1}). A count under no rule takes {@code
 *       other}, or the last form. Any form may hold placeholders.
 *   <li>{@code {name@table}}: the value (each value of a list) looked up in a table of the
 *       messages, key {@code table.value}, itself a template; the value as is when the table has no
 *       entry. The table {@code plan} gives a service plan's friendly name where it is known.
 *   <li>{@code {name?text}}: the text, which may hold placeholders, only when the argument is
 *       present.
 * </ul>
 *
 * A placeholder naming a missing argument renders as {@code ?}, so that a broken template shows
 * rather than throws. A language's particulars are bundle entries: {@code format.list.separator}
 * joins lists; {@code format.date.firstOfMonth} replaces the day of a long date on the first of a
 * month (French "1er mars 2026"); {@code format.elision.word} before an inserted value starting
 * with one of {@code format.elision.initials} becomes {@code format.elision.replacement} (French
 * "de ENTERPRISEPACK" becomes "d'ENTERPRISEPACK").
 */
public final class Template {

  private static final int MAX_DEPTH = 8;

  /** Long date formats by language: immutable, so shared; built once per language. */
  private static final Map<Locale, DateTimeFormatter> LONG_DATES = new ConcurrentHashMap<>();

  /** Digit grouping separators by language. */
  private static final Map<Locale, Character> GROUPING = new ConcurrentHashMap<>();

  private final Locale locale;
  private final Function<String, Optional<String>> table;
  private final Function<String, Optional<String>> planNames;
  private final Grammar grammar;

  /**
   * Returns a renderer for a language whose grammar is already read.
   *
   * @param locale the language
   * @param table the language's templates by key, for {@code {name@table}} lookups
   * @param planNames friendly names of service plans, where known
   * @param grammar the language's grammar, read from the same templates
   */
  public Template(
      Locale locale,
      Function<String, Optional<String>> table,
      Function<String, Optional<String>> planNames,
      Grammar grammar) {
    this.locale = locale;
    this.table = table;
    this.planNames = planNames;
    this.grammar = grammar;
  }

  /**
   * Renders a template.
   *
   * @param template the template
   * @param arguments the values by name
   * @return the text
   */
  public String render(String template, Map<String, ?> arguments) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    render(template, arguments, out, 0);
    return out.toString();
  }

  private void render(String template, Map<String, ?> arguments, StringBuilder out, int depth) {
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c != '{') {
        out.append(c);
        i++;
        continue;
      }
      int close = matching(template, i);
      if (close < 0 || depth >= MAX_DEPTH) {
        out.append(template, i, template.length());
        return;
      }
      int before = out.length();
      placeholder(template.substring(i + 1, close), arguments, out, depth);
      elide(out, before);
      i = close + 1;
    }
  }

  /**
   * Elides the template's own word before an inserted value, as French writes "d'ENTERPRISEPACK"
   * for "de ENTERPRISEPACK"; never the value.
   */
  private void elide(StringBuilder out, int inserted) {
    String before = grammar.elided();
    if (before == null || inserted >= out.length()) {
      return;
    }
    int start = inserted - before.length();
    if (start < 0
        || !before.contentEquals(out.subSequence(start, inserted))
        || (start > 0 && Character.isLetter(out.charAt(start - 1)))
        || grammar.elisionInitials().indexOf(out.charAt(inserted)) < 0) {
      return;
    }
    out.replace(start, inserted, grammar.elision());
  }

  /** The position of the brace closing the one at {@code open}, or -1. */
  private static int matching(String template, int open) {
    int level = 0;
    for (int i = open; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '{') {
        level++;
      } else if (c == '}' && --level == 0) {
        return i;
      }
    }
    return -1;
  }

  private void placeholder(String inner, Map<String, ?> arguments, StringBuilder out, int depth) {
    int end = 0;
    while (end < inner.length() && isNameChar(inner.charAt(end))) {
      end++;
    }
    String name = inner.substring(0, end);
    String rest = inner.substring(end);
    Object value = arguments.get(name);
    if (rest.startsWith("?")) {
      if (value != null) {
        render(rest.substring(1), arguments, out, depth + 1);
      }
      return;
    }
    if (value == null) {
      out.append('?');
      return;
    }
    if (rest.startsWith("|")) {
      List<String> forms = split(rest.substring(1));
      String form = forms.get(pluralForm(value, forms.size()));
      render(form, arguments, out, depth + 1);
    } else if (rest.startsWith("@")) {
      lookUp(rest.substring(1), value, arguments, out, depth);
    } else {
      out.append(format(value));
    }
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  /** Splits plural forms at the bars outside nested placeholders. */
  private static List<String> split(String forms) {
    List<String> parts = new ArrayList<>(2);
    int level = 0;
    int start = 0;
    for (int i = 0; i < forms.length(); i++) {
      char c = forms.charAt(i);
      if (c == '{') {
        level++;
      } else if (c == '}') {
        level--;
      } else if (c == '|' && level == 0) {
        parts.add(forms.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(forms.substring(start));
    return parts;
  }

  /** The index of the plural form of a value among a template's forms. */
  private int pluralForm(Object value, int forms) {
    if (forms == 1) {
      return 0;
    }
    Long count =
        value instanceof List<?> list
            ? Long.valueOf(list.size())
            : value instanceof Number number ? Long.valueOf(number.longValue()) : null;
    return grammar.pluralForm(count, forms);
  }

  private void lookUp(
      String tableName, Object value, Map<String, ?> arguments, StringBuilder out, int depth) {
    List<?> values = value instanceof List<?> list ? list : List.of(value);
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(listSeparator());
      }
      String key = String.valueOf(values.get(i));
      Optional<String> entry =
          tableName.equals("plan") ? planNames.apply(key) : table.apply(tableName + "." + key);
      if (entry.isEmpty()) {
        out.append(key);
      } else if (tableName.equals("plan")) {
        out.append(entry.get());
      } else {
        render(entry.get(), arguments, out, depth + 1);
      }
    }
  }

  private String listSeparator() {
    return grammar.listSeparator();
  }

  private static DateTimeFormatter longDates(Locale locale) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
  }

  /**
   * A whole number with the language's digit grouping, as {@link NumberFormat#getIntegerInstance}
   * writes it, without building a number format per value.
   */
  private String grouped(long number) {
    String digits = Long.toString(number);
    int first = number < 0 ? 1 : 0;
    int length = digits.length() - first;
    if (length <= 3) {
      return digits;
    }
    char separator =
        GROUPING.computeIfAbsent(
            locale, language -> DecimalFormatSymbols.getInstance(language).getGroupingSeparator());
    StringBuilder out = new StringBuilder(digits.length() + length / 3);
    out.append(digits, 0, first);
    int head = length % 3 == 0 ? 3 : length % 3;
    out.append(digits, first, first + head);
    for (int i = first + head; i < digits.length(); i += 3) {
      out.append(separator).append(digits, i, i + 3);
    }
    return out.toString();
  }

  /**
   * Formats one value for the language.
   *
   * @param value a String, number, date, money, boolean, or a list of those
   * @return the text
   */
  public String format(Object value) {
    if (value instanceof Integer || value instanceof Long) {
      return grouped(((Number) value).longValue());
    }
    if (value instanceof BigDecimal decimal) {
      NumberFormat format = NumberFormat.getNumberInstance(locale);
      format.setMaximumFractionDigits(Math.max(0, decimal.scale()));
      return format.format(decimal);
    }
    if (value instanceof LocalDate date) {
      String text = LONG_DATES.computeIfAbsent(locale, Template::longDates).format(date);
      // Some languages write the first day of a month as an ordinal: French "1er mars 2026".
      String first = grammar.firstOfMonth();
      return first != null && date.getDayOfMonth() == 1 && text.startsWith("1 ")
          ? first + text.substring(1)
          : text;
    }
    if (value instanceof Money money) {
      NumberFormat format = NumberFormat.getCurrencyInstance(locale);
      format.setCurrency(money.currency());
      int digits = Math.max(0, money.currency().getDefaultFractionDigits());
      format.setMinimumFractionDigits(digits);
      format.setMaximumFractionDigits(Math.max(digits, money.amount().scale()));
      return format.format(money.amount());
    }
    if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        return table.apply("list.none").orElse("none");
      }
      StringBuilder joined = new StringBuilder();
      for (Object element : list) {
        if (joined.length() > 0) {
          joined.append(listSeparator());
        }
        joined.append(format(element));
      }
      return joined.toString();
    }
    return String.valueOf(value);
  }
}
