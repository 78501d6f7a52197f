package org.csptransfer.rules;

import static org.csptransfer.rules.Plans.emptyRequest;
import static org.csptransfer.rules.Plans.evaluate;
import static org.csptransfer.rules.Plans.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.csptransfer.core.RelationshipStatus;
import org.csptransfer.core.TransitionRequest;
import org.junit.jupiter.api.Test;

/** RFC 5545 as {@link RunbookCalendar} writes it; the command's tests read it with ical4j. */
class RunbookCalendarTest {

  private static String calendar(String name, TransitionRequest request) {
    return RunbookCalendar.builder().add(name, request, evaluate(request)).write();
  }

  private static List<String> lines(String calendar) {
    return List.of(calendar.split("\r\n", -1));
  }

  /** The content lines, unfolded. */
  private static List<String> unfolded(String calendar) {
    List<String> lines = new ArrayList<>();
    for (String line : lines(calendar)) {
      if (line.startsWith(" ")) {
        lines.set(lines.size() - 1, lines.get(lines.size() - 1) + line.substring(1));
      } else if (!line.isEmpty()) {
        lines.add(line);
      }
    }
    return lines;
  }

  @Test
  void theTypicalPlanIsOneAllDayEventOnItsPurchaseDate() {
    List<String> lines = unfolded(calendar("typical.json", plan()));
    assertEquals(
        List.of(
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//csp-transfer//runbook//EN",
            "CALSCALE:GREGORIAN",
            "BEGIN:VEVENT"),
        lines.subList(0, 5));
    assertTrue(lines.get(5).startsWith("UID:") && lines.get(5).endsWith("@transfer-check"));
    assertEquals(32 + "UID:@transfer-check".length(), lines.get(5).length());
    assertEquals(
        List.of(
            "DTSTAMP:20260301T000000Z",
            "DTSTART;VALUE=DATE:20260328",
            "DTEND;VALUE=DATE:20260329",
            "SUMMARY:Buy t1: 50 seats of Office 365 E3 (O365_E3) from March 28\\, 2026",
            "DESCRIPTION:Scenario: typical.json\\nCustomer: Contoso SARL (tenant"
                + " 0b6f2c9e-6f0a-4d2e-9a61-3f1c2d4e5a6b)",
            "CATEGORIES:NEW_PARTNER",
            "END:VEVENT",
            "END:VCALENDAR"),
        lines.subList(6, lines.size()));
  }

  @Test
  void linesAreFoldedAt75OctetsWithoutSplittingACharacter() {
    TransitionRequest request =
        emptyRequest()
            .customer(Plans.customer(RelationshipStatus.ACCEPTED).name("é".repeat(200)).build())
            .build();
    String calendar = calendar("€".repeat(100), request);
    assertTrue(calendar.endsWith("END:VCALENDAR\r\n"));
    for (String line : lines(calendar)) {
      assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
      assertFalse(line.contains("\n") || line.contains("\r"), line);
    }
    String description =
        unfolded(calendar).stream()
            .filter(line -> line.startsWith("DESCRIPTION:"))
            .findFirst()
            .orElseThrow();
    assertTrue(description.contains("€".repeat(100)) && description.contains("é".repeat(200)));
    // Folded as late as a whole character allows: 73 to 75 octets with three-octet characters.
    assertTrue(
        lines(calendar).stream()
            .anyMatch(line -> line.getBytes(StandardCharsets.UTF_8).length >= 73));
  }

  @Test
  void aPlanWithNoStepIsOneToDoSayingSoInTheChosenLanguage() {
    TransitionRequest nothing = emptyRequest().build();
    List<String> lines =
        unfolded(
            RunbookCalendar.builder()
                .locale(Locale.FRENCH)
                .add("vide", nothing, evaluate(nothing))
                .write());
    assertTrue(lines.contains("BEGIN:VTODO"), lines::toString);
    assertTrue(lines.contains("SUMMARY:Rien à faire : le plan n'a aucune étape"), lines::toString);
    assertFalse(lines.stream().anyMatch(line -> line.startsWith("DTSTART")), lines::toString);
    assertFalse(lines.contains("BEGIN:VEVENT"));
  }

  @Test
  void undatedStepsAreToDosWithoutADueDateAndTheCurrentPartnerIsDescribed() {
    TransitionRequest invited =
        emptyRequest().customer(Plans.customer(RelationshipStatus.INVITED).build()).build();
    List<String> lines = unfolded(calendar("x", invited));
    assertEquals(1, lines.stream().filter("BEGIN:VTODO"::equals).count());
    assertTrue(lines.contains("CATEGORIES:CUSTOMER"));
    assertFalse(lines.stream().anyMatch(line -> line.startsWith("DUE")));
  }

  @Test
  void textIsEscapedAndNothingInvisibleGetsThrough() {
    TransitionRequest request =
        emptyRequest()
            .customer(
                Plans.customer(RelationshipStatus.ACCEPTED)
                    .name("A;B,C\\D\nEND:VCALENDAR\u0007\u202e\ud800")
                    .build())
            .build();
    String description =
        unfolded(calendar("n", request)).stream()
            .filter(line -> line.startsWith("DESCRIPTION:"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        description.contains("A\\;B\\,C\\\\D\\\\u000AEND:VCALENDAR\\\\u0007\\\\u202E\\\\uD800"),
        description);
    assertEquals("plain", RunbookCalendar.visible("plain"));
    assertEquals("a\\u2028b\\u2029c\\u200Bd", RunbookCalendar.visible("a\u2028b\u2029c\u200bd"));
    assertEquals("😀\\uDC00", RunbookCalendar.visible("😀\udc00"));
  }

  @Test
  void theSamePlanGivesTheSameUidsAndAnotherNameOthers() {
    String first = calendar("a.json", plan());
    assertEquals(first, calendar("a.json", plan()));
    List<String> uids = unfolded(first).stream().filter(l -> l.startsWith("UID:")).toList();
    List<String> others =
        unfolded(calendar("b.json", plan())).stream().filter(l -> l.startsWith("UID:")).toList();
    assertNotEquals(uids, others);
  }

  @Test
  void severalPlansGiveOneCalendarInTheirOrder() {
    TransitionRequest invited =
        emptyRequest().customer(Plans.customer(RelationshipStatus.INVITED).build()).build();
    String calendar =
        RunbookCalendar.builder()
            .add("first", plan(), evaluate(plan()))
            .add("second", invited, evaluate(invited))
            .write();
    List<String> lines = unfolded(calendar);
    assertEquals(1, lines.stream().filter("BEGIN:VCALENDAR"::equals).count());
    assertTrue(lines.indexOf("BEGIN:VEVENT") < lines.indexOf("BEGIN:VTODO"));
  }
}
