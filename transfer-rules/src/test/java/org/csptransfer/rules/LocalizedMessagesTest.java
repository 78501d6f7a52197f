package org.csptransfer.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.csptransfer.core.Money;
import org.csptransfer.core.Scenario;
import org.csptransfer.rules.action.RequiredAction;
import org.csptransfer.rules.internal.MessageBundle;
import org.csptransfer.rules.planning.PlanNote;
import org.csptransfer.rules.planning.ProposedPlan;
import org.csptransfer.rules.planning.TransitionPlanner;
import org.csptransfer.testkit.CoreSamplers;
import org.junit.jupiter.api.Test;

/** Every text exists in every shipped language, names the same values, and renders whole. */
class LocalizedMessagesTest {

  private static final Locale FRENCH = Locale.FRENCH;
  private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, FRENCH);

  /** The argument a placeholder starts with: {name}, {name|...}, {name@...}, {name?...}. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)");

  /** A lookup in a table: {name@table}. */
  private static final Pattern LOOKUP = Pattern.compile("\\{([A-Za-z]+)@([A-Za-z]+)\\}");

  private static final MessageBundle BUNDLE =
      MessageBundle.of("messages", Messages.class::getResourceAsStream);

  /** The texts of a language's own file, without its grammar and formats. */
  private static Map<String, String> texts(Locale locale) {
    Map<String, String> texts = new java.util.HashMap<>(BUNDLE.templates(locale));
    texts.keySet().removeIf(key -> key.startsWith("plural.") || key.startsWith("format."));
    return texts;
  }

  private static Map<String, String> english() {
    return texts(Locale.ROOT);
  }

  private static Map<String, String> french() {
    return texts(Locale.FRENCH);
  }

  private static Set<String> placeholders(String template) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(template);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  @Test
  void frenchHasEveryKeyEnglishHasAndNoOther() {
    assertEquals(new TreeSet<>(english().keySet()), new TreeSet<>(french().keySet()));
  }

  @Test
  void bothLanguagesNameTheSameValuesInEveryText() {
    Map<String, String> french = french();
    english()
        .forEach(
            (key, english) ->
                assertEquals(
                    placeholders(english), placeholders(french.getOrDefault(key, "")), key));
  }

  @Test
  void everyCodeActionNoteAndStatusHasATextInEveryLanguage() {
    Set<String> keys = new HashSet<>();
    for (FindingCode code : FindingCode.values()) {
      keys.add("finding." + code);
    }
    for (RequiredAction.Kind kind : RequiredAction.Kind.values()) {
      keys.add("action." + kind);
    }
    for (PlanNote.Kind kind : PlanNote.Kind.values()) {
      keys.add("note." + kind);
    }
    for (org.csptransfer.core.SubscriptionStatus status :
        org.csptransfer.core.SubscriptionStatus.values()) {
      keys.add("status." + status);
    }
    for (TransferIneligibility reason : TransferIneligibility.values()) {
      keys.add("reason." + reason);
    }
    for (String key : keys) {
      assertTrue(english().containsKey(key), key);
      assertTrue(french().containsKey(key), key);
    }
  }

  /** Renders every code, from generated decisions, in both languages. */
  @Test
  void everyCodeRendersWholeInBothLanguagesWithEachOfItsArguments() {
    Set<FindingCode> seen = EnumSet.noneOf(FindingCode.class);
    for (TransitionDecision decision : EveryCode.decisions()) {
      for (Finding finding : decision.findings()) {
        FindingCode code = finding.standardCode().orElseThrow();
        if (!seen.add(code)) {
          continue;
        }
        for (Locale language : LANGUAGES) {
          String template = Messages.standard().template("finding." + code, language).orElseThrow();
          String message = finding.message(language);
          assertWhole(message, code + " in " + language);
          Set<String> shown = shownBy(template, finding.arguments(), language);
          for (String argument : finding.arguments().keySet()) {
            assertTrue(
                shown.contains(argument),
                () -> code + " in " + language + " does not show " + argument);
          }
        }
      }
      for (RequiredAction action : decision.actions()) {
        for (Locale language : LANGUAGES) {
          assertWhole(action.description(language), action.kind() + " in " + language);
        }
      }
    }
    assertEquals(EnumSet.allOf(FindingCode.class), seen);
  }

  @Test
  void everyNoteOfGeneratedPlansRendersWhole() {
    SplittableRandom random = new SplittableRandom(16);
    Set<PlanNote.Kind> seen = EnumSet.noneOf(PlanNote.Kind.class);
    for (int i = 0; i < 1_500; i++) {
      Scenario generated = CoreSamplers.plannableScenarios().sample(random);
      ProposedPlan plan =
          TransitionPlanner.of(
                  TransitionPipeline.builder()
                      .offers(generated.offers())
                      .policy(generated.policy())
                      .build())
              .plan(generated.request());
      for (PlanNote note : plan.notes()) {
        seen.add(note.kind());
        for (Locale language : LANGUAGES) {
          assertWhole(note.message(language), note.kind() + " in " + language);
        }
      }
    }
    assertTrue(seen.size() >= 8, seen::toString);
  }

  /** The placeholders of a template and of the table entries its lookups name. */
  private static Set<String> shownBy(
      String template, Map<String, Object> arguments, Locale language) {
    Set<String> shown = placeholders(template);
    Matcher lookup = LOOKUP.matcher(template);
    while (lookup.find()) {
      Object value = arguments.get(lookup.group(1));
      if (value != null) {
        Messages.standard()
            .template(lookup.group(2) + "." + value, language)
            .ifPresent(entry -> shown.addAll(placeholders(entry)));
      }
    }
    return shown;
  }

  private static void assertWhole(String text, String what) {
    assertFalse(text.contains("{") || text.contains("}"), () -> what + ": " + text);
    assertFalse(text.contains(" ?") || text.startsWith("?"), () -> what + ": " + text);
    assertFalse(text.isBlank(), what);
  }

  @Test
  void frenchFormatsNumbersDatesAndMoneyAsFrenchReadersExpect() {
    Messages messages = Messages.standard();
    assertEquals("31 mars 2026", messages.format(LocalDate.of(2026, 3, 31), FRENCH));
    assertEquals(
        "1\u202f234,56\u00a0€",
        messages.format(Money.of(new BigDecimal("1234.56"), Currency.getInstance("EUR")), FRENCH));
    assertEquals("12\u202f345", messages.format(12_345, FRENCH));
    assertEquals("March 31, 2026", messages.format(LocalDate.of(2026, 3, 31), Locale.ENGLISH));
  }

  @Test
  void wholeNumbersAreGroupedAsTheJdksNumberFormatGroupsThem() {
    for (Locale language :
        List.of(Locale.ENGLISH, FRENCH, Locale.GERMAN, Locale.forLanguageTag("de-CH"))) {
      java.text.NumberFormat jdk = java.text.NumberFormat.getIntegerInstance(language);
      for (long number :
          new long[] {
            0,
            7,
            -7,
            999,
            1_000,
            -1_000,
            12_345,
            999_999,
            1_000_000,
            -123_456_789,
            Long.MAX_VALUE,
            Long.MIN_VALUE
          }) {
        assertEquals(
            jdk.format(number),
            Messages.standard().format(number, language),
            language + " " + number);
      }
      assertEquals(jdk.format(10_000_000), Messages.standard().format(10_000_000, language));
    }
  }

  @Test
  void frenchCountsZeroAndOneAsSingular() {
    assertEquals(
        "Réaffecter 0 utilisateur d'O365_E3 (sub-001) à O365_E5 (t1)", reassigningInFrench(0));
    assertEquals(
        "Réaffecter 1 utilisateur d'O365_E3 (sub-001) à O365_E5 (t1)", reassigningInFrench(1));
    assertEquals(
        "Réaffecter 2 utilisateurs d'O365_E3 (sub-001) à O365_E5 (t1)", reassigningInFrench(2));
  }

  private static String reassigningInFrench(int users) {
    return Messages.standard()
        .text(
            "action.REASSIGN_LICENSES",
            Map.of(
                "users", users,
                "fromOffer", "O365_E3",
                "source", "sub-001",
                "toOffer", "O365_E5",
                "target", "t1"),
            FRENCH);
  }

  @Test
  void aLanguageWithoutATableSpeaksEnglish() {
    Map<String, Object> arguments = Map.of("target", "t1", "from", 1, "to", 2);
    assertEquals(
        Messages.standard().text("action.CHANGE_QUANTITY", arguments, Locale.ENGLISH),
        Messages.standard().text("action.CHANGE_QUANTITY", arguments, Locale.GERMAN));
  }
}
