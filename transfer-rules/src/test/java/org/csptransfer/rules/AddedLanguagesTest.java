package org.csptransfer.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.csptransfer.rules.action.RequiredAction;
import org.junit.jupiter.api.Test;

/**
 * Languages added with properties files alone: the test class path holds {@code
 * META-INF/csp-transfer/messages_pl.properties} (Polish, three plural forms), {@code
 * messages_pt.properties} and {@code messages_pt_BR.properties} (a regional variant); no Java names
 * them.
 */
class AddedLanguagesTest {

  private static final Locale POLISH = Locale.forLanguageTag("pl");
  private static final Locale FRENCH = Locale.FRENCH;

  private static String changeQuantity(Locale locale, int to) {
    return Messages.standard()
        .text("action.CHANGE_QUANTITY", Map.of("target", "t1", "from", 1, "to", to), locale);
  }

  @Test
  void anAddedLanguageRendersEveryCodeWholeFromItsFileOrFromEnglish() {
    Set<FindingCode> seen = EnumSet.noneOf(FindingCode.class);
    for (TransitionDecision decision : EveryCode.decisions()) {
      for (Finding finding : decision.findings()) {
        seen.add(finding.standardCode().orElseThrow());
        String message = finding.message(POLISH);
        assertFalse(message.contains("{") || message.contains("?"), message);
        assertEquals(
            finding.code().equals("SOURCE_NOT_COVERED"),
            message.startsWith("Nic nie zastępuje"),
            message);
      }
      for (RequiredAction action : decision.actions()) {
        String description = action.description(POLISH);
        assertFalse(description.contains("{") || description.contains("?"), description);
      }
    }
    assertEquals(EnumSet.allOf(FindingCode.class), seen);
  }

  private static java.io.InputStream properties(String text) {
    return new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void aModulesBundleAddsTextsAboveThoseHeldAndTemplatesGoAboveBoth() {
    Messages messages =
        Messages.standard()
            .withBundle(
                "extra",
                name ->
                    switch (name) {
                      case "extra.properties" -> properties("extra.KEY=new {n}\n");
                      case "extra_fr.properties" ->
                          properties(
                              """
                              extra.KEY=nouveau {n}
                              action.CHANGE_QUANTITY=Passer {target} à {to}
                              """);
                      case "extra_pl.properties" -> properties("action.CHANGE_QUANTITY=moduł\n");
                      default -> null;
                    });
    Map<String, Object> arguments = Map.of("target", "t1", "from", 1, "to", 5, "n", 2);
    assertEquals("Passer t1 à 5", messages.text("action.CHANGE_QUANTITY", arguments, FRENCH));
    assertEquals("nouveau 2", messages.text("extra.KEY", arguments, Locale.CANADA_FRENCH));
    assertEquals("new 2", messages.text("extra.KEY", arguments, Locale.GERMAN));
    // Within a locale, the class path's file wins over a module's bundle.
    assertEquals(
        "Zmień t1 z 1 na 5 licencji", messages.text("action.CHANGE_QUANTITY", arguments, POLISH));
    // The standard messages are unchanged.
    assertEquals("extra.KEY", Messages.standard().text("extra.KEY", arguments, Locale.GERMAN));
    Messages overridden = messages.withTemplates(FRENCH, Map.of("extra.KEY", "remplacé {n}"));
    assertEquals("remplacé 2", overridden.text("extra.KEY", arguments, FRENCH));
    assertEquals("new 2", overridden.text("extra.KEY", arguments, Locale.ENGLISH));
  }

  @Test
  void threePluralFormsFollowTheLanguagesCldrRules() {
    assertEquals("Zmień t1 z 1 na 1 licencję", changeQuantity(POLISH, 1));
    assertEquals("Zmień t1 z 1 na 2 licencje", changeQuantity(POLISH, 2));
    assertEquals("Zmień t1 z 1 na 4 licencje", changeQuantity(POLISH, 4));
    assertEquals("Zmień t1 z 1 na 5 licencji", changeQuantity(POLISH, 5));
    assertEquals("Zmień t1 z 1 na 12 licencji", changeQuantity(POLISH, 12));
    assertEquals("Zmień t1 z 1 na 22 licencje", changeQuantity(POLISH, 22));
    assertEquals("Zmień t1 z 1 na 0 licencji", changeQuantity(POLISH, 0));
    // The language's region takes the language's file: Poland's Polish is Polish.
    assertEquals("Zmień t1 z 1 na 3 licencje", changeQuantity(Locale.forLanguageTag("pl-PL"), 3));
  }

  @Test
  void aRegionalVariantOverridesItsLanguageWhereItHasATextAndInheritsTheRest() {
    Map<String, Object> arguments =
        Map.of(
            "target", "t1",
            "recommended", LocalDate.of(2026, 3, 2),
            "start", LocalDate.of(2026, 3, 1));
    Locale brazil = Locale.forLanguageTag("pt-BR");
    Locale portugal = Locale.forLanguageTag("pt-PT");
    String brazilian = Messages.standard().text("action.RESCHEDULE_START", arguments, brazil);
    String european = Messages.standard().text("action.RESCHEDULE_START", arguments, portugal);
    assertTrue(brazilian.startsWith("Iniciar t1 em "), brazilian);
    assertTrue(european.startsWith("Iniciar t1 a "), european);
    assertEquals("Alterar t1 de 1 para 5 licenças", changeQuantity(brazil, 5));
    assertEquals("Alterar t1 de 1 para 5 licenças", changeQuantity(portugal, 5));
    // Canadian French has no file: it is French, "1er" included.
    Locale canada = Locale.CANADA_FRENCH;
    assertEquals(
        Messages.standard().text("action.RESCHEDULE_START", arguments, Locale.FRENCH),
        Messages.standard().text("action.RESCHEDULE_START", arguments, canada));
    assertTrue(
        Messages.standard().text("action.RESCHEDULE_START", arguments, canada).contains("1er"));
  }

  @Test
  void aLanguageWithNoFileIsEnglishWhateverTheMachinesDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.FRENCH);
      assertEquals("Change t1 from 1 to 5 seats", changeQuantity(Locale.GERMAN, 5));
    } finally {
      Locale.setDefault(before);
    }
  }
}
