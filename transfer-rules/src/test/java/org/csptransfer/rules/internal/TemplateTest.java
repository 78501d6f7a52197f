package org.csptransfer.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.csptransfer.core.Money;
import org.junit.jupiter.api.Test;

/** The template language of messages, construct by construct. */
class TemplateTest {

  private static final Map<String, String> TABLE =
      Map.of(
          "list.none", "none",
          "status.EXPIRED", "expired",
          "greeting.HELLO", "hello {name}",
          "plural.forms", "one, other",
          "plural.one", "i = 1 and v = 0",
          "format.list.separator", ", ");

  /** French's particulars, as its bundle declares them. */
  private static final Map<String, String> FRENCH =
      Map.of(
          "plural.one", "i = 0,1",
          "format.date.firstOfMonth", "1er",
          "format.elision.word", "de ",
          "format.elision.replacement", "d'",
          "format.elision.initials", "AEIOUaeiouÀÂÉÈÊÎÔÛàâéèêîôûŒœ");

  private static Template english() {
    Function<String, Optional<String>> table = key -> Optional.ofNullable(TABLE.get(key));
    return new Template(
        Locale.ENGLISH,
        table,
        plan -> plan.equals("TEAMS1") ? Optional.of("Microsoft Teams") : Optional.empty(),
        Grammar.of(table));
  }

  private static Template french() {
    Function<String, Optional<String>> table = key -> Optional.ofNullable(FRENCH.get(key));
    return new Template(Locale.FRENCH, table, plan -> Optional.empty(), Grammar.of(table));
  }

  @Test
  void placesValuesFormattedForTheLanguage() {
    assertEquals("3 seats", english().render("{n} seats", Map.of("n", 3)));
    assertEquals("1,234,567", english().render("{n}", Map.of("n", 1_234_567L)));
    assertEquals("1.5", english().render("{d}", Map.of("d", new BigDecimal("1.50"))));
    assertEquals("2", english().render("{d}", Map.of("d", new BigDecimal("2"))));
    assertEquals("1,5", french().render("{d}", Map.of("d", new BigDecimal("1.5"))));
    assertEquals("true", english().render("{b}", Map.of("b", true)));
    assertEquals(
        "March 1, 2026", english().render("{day}", Map.of("day", LocalDate.of(2026, 3, 1))));
    assertEquals(
        "1er mars 2026", french().render("{day}", Map.of("day", LocalDate.of(2026, 3, 1))));
    assertEquals("2 mars 2026", french().render("{day}", Map.of("day", LocalDate.of(2026, 3, 2))));
    assertEquals(
        "¥1,235",
        english()
            .render(
                "{m}", Map.of("m", Money.of(new BigDecimal("1235"), Currency.getInstance("JPY")))));
    assertEquals(
        "€0.125",
        english()
            .render(
                "{m}",
                Map.of("m", Money.of(new BigDecimal("0.125"), Currency.getInstance("EUR")))));
  }

  @Test
  void frenchElidesTheTemplatesDeBeforeAValueThatStartsWithAVowel() {
    assertEquals(
        "licences d'ENTERPRISEPACK",
        french().render("licences de {o}", Map.of("o", "ENTERPRISEPACK")));
    assertEquals("d'Office 365", french().render("de {o}", Map.of("o", "Office 365")));
    assertEquals("de SPB", french().render("de {o}", Map.of("o", "SPB")));
    assertEquals("vide o", french().render("vide {o}", Map.of("o", "o")));
    assertEquals("de ", french().render("de {o}", Map.of("o", "")));
    assertEquals("Eve", french().render("{o}", Map.of("o", "Eve")));
    assertEquals("e Eve", french().render("e {o}", Map.of("o", "Eve")));
    assertEquals("vide Eve", french().render("vide {o}", Map.of("o", "Eve")));
    assertEquals("Maison de Eve", french().render("{o}", Map.of("o", "Maison de Eve")));
    assertEquals(
        "licences de ENTERPRISEPACK",
        english().render("licences de {o}", Map.of("o", "ENTERPRISEPACK")));
  }

  @Test
  void joinsListsAndNamesAnEmptyOne() {
    assertEquals("a, b", english().render("{l}", Map.of("l", List.of("a", "b"))));
    assertEquals("none", english().render("{l}", Map.of("l", List.of())));
    assertEquals("none", french().render("{l}", Map.of("l", List.of())));
  }

  @Test
  void choosesTheFormForOneOrSeveralByTheLanguagesRule() {
    String template = "{n|one user|{n} users}";
    assertEquals("one user", english().render(template, Map.of("n", 1)));
    assertEquals("0 users", english().render(template, Map.of("n", 0)));
    assertEquals("one user", english().render(template, Map.of("n", -1)));
    assertEquals("one user", french().render(template, Map.of("n", 0)));
    assertEquals("2 users", french().render(template, Map.of("n", 2)));
    assertEquals("one user", english().render(template, Map.of("n", List.of("a"))));
    assertEquals("a, b users", english().render(template, Map.of("n", List.of("a", "b"))));
    assertEquals("2 users", english().render(template, Map.of("n", "two")).replace("two", "2"));
    assertEquals("only", english().render("{n|only}", Map.of("n", 5)));
  }

  @Test
  void looksValuesUpInTablesAndPlansByTheirFriendlyNames() {
    assertEquals("expired", english().render("{s@status}", Map.of("s", "EXPIRED")));
    assertEquals("ACTIVE", english().render("{s@status}", Map.of("s", "ACTIVE")));
    assertEquals(
        "hello Ann", english().render("{g@greeting}", Map.of("g", "HELLO", "name", "Ann")));
    assertEquals(
        "Microsoft Teams, MCOEV",
        english().render("{p@plan}", Map.of("p", List.of("TEAMS1", "MCOEV"))));
  }

  @Test
  void optionalPartsShowOnlyWithTheirValue() {
    assertEquals("lost worth 3", english().render("lost{v? worth {v}}", Map.of("v", 3)));
    assertEquals("lost", english().render("lost{v? worth {v}}", Map.of()));
  }

  @Test
  void aBrokenTemplateShowsRatherThanThrows() {
    assertEquals("? left", english().render("{missing} left", Map.of()));
    assertEquals("open {brace", english().render("open {brace", Map.of("brace", 1)));
    assertEquals("x}", english().render("x}", Map.of()));
    String deep = "{a|".repeat(12) + "end" + "}".repeat(12);
    String rendered = english().render(deep, Map.of("a", 1));
    // Past eight levels the rest is shown as written: bounded work, no exception.
    org.junit.jupiter.api.Assertions.assertTrue(rendered.equals("{a|{a|{a|{a|end}}}}"), rendered);
  }

  @Test
  void groupsDigitsByThreeFromTheRightWithTheSign() {
    Template english = english();
    assertEquals("999", english.format(999));
    assertEquals("-999", english.format(-999));
    assertEquals("1,000", english.format(1_000));
    assertEquals("-1,000", english.format(-1_000L));
    char separator =
        java.text.DecimalFormatSymbols.getInstance(Locale.FRENCH).getGroupingSeparator();
    assertEquals("12" + separator + "345", french().format(12_345));
  }

  @Test
  void decimalsKeepEveryDigitTheyAreWrittenWith() {
    assertEquals("1,234.5678", english().format(new BigDecimal("1234.5678")));
    assertEquals("0.000001", english().format(new BigDecimal("0.000001")));
  }

  @Test
  void nestingIsFollowedToExactlyEightLevels() {
    String eight = "{a|".repeat(8) + "end" + "}".repeat(8);
    assertEquals("end", english().render(eight, Map.of("a", 1)));
    String nine = "{a|".repeat(9) + "end" + "}".repeat(9);
    assertEquals("{a|end}", english().render(nine, Map.of("a", 1)));
  }

  @Test
  void aNameEndsAtTheFirstCharacterThatIsNoLetterDigitOrUnderscore() {
    assertEquals("3 of 4", english().render("{a_1} of {b2}", Map.of("a_1", 3, "b2", 4)));
    assertEquals("?", english().render("{a.b}", Map.of("a.b", 3)));
  }
}
