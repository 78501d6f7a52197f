package org.csptransfer.check;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import org.csptransfer.core.Scenario;
import org.csptransfer.rules.RunbookStep;
import org.csptransfer.rules.TransitionDecision;
import org.csptransfer.rules.TransitionPipeline;
import org.csptransfer.testkit.ContractExample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --calendar}: the runbook as an iCalendar file, read back by a real iCalendar
 * implementation (ical4j) and checked event by event against the runbook (CONTRACT.md, "Version 3",
 * clarification 10).
 */
class CalendarTest {

  private static final List<String> SCENARIOS =
      List.of(
          "renewal-left-on-pays-twice",
          "csp-cancellation-inside-its-window",
          "transfer-everything-from-another-partner",
          "no-relationship-with-the-new-partner",
          "e3-to-e3-no-teams-with-teams-stacked");

  @TempDir Path dir;

  private static Calendar parse(String text) throws IOException, ParserException {
    return new CalendarBuilder().build(new StringReader(text));
  }

  private static Optional<String> property(Component component, String name) {
    for (Property property : component.<Property>getProperties()) {
      if (property.getName().equals(name)) {
        return Optional.of(property.getValue());
      }
    }
    return Optional.empty();
  }

  private static List<String> paths() {
    List<String> paths = new ArrayList<>();
    for (String name : SCENARIOS) {
      paths.add(BundledScenarios.named(name).toString());
    }
    return paths;
  }

  private CommandRun calendar(Path file, String... more) {
    List<String> args = new ArrayList<>(List.of("--calendar", file.toString()));
    args.addAll(List.of(more));
    args.addAll(paths());
    return CommandRun.of(args.toArray(String[]::new));
  }

  @Test
  void holdsOneEventPerDatedStepAndOneToDoPerUndatedOneInRunbookOrder() throws Exception {
    Path file = dir.resolve("runbook.ics");
    CommandRun run = calendar(file);
    assertEquals(1, run.status, run.err);
    List<CalendarComponent> components = parse(Files.readString(file, UTF_8)).getComponents();
    List<RunbookStep> expected = new ArrayList<>();
    List<LocalDate> asOfs = new ArrayList<>();
    for (String name : SCENARIOS) {
      Scenario scenario = BundledScenarios.read(BundledScenarios.named(name));
      TransitionDecision decision =
          TransitionPipeline.standard(scenario).evaluate(scenario.request());
      assertFalse(decision.runbook().isEmpty(), name);
      expected.addAll(decision.runbook());
      decision.runbook().forEach(step -> asOfs.add(scenario.request().asOf()));
    }
    assertEquals(expected.size(), components.size());
    Set<String> uids = new HashSet<>();
    for (int i = 0; i < expected.size(); i++) {
      RunbookStep step = expected.get(i);
      CalendarComponent component = components.get(i);
      assertEquals(step.date().isPresent() ? "VEVENT" : "VTODO", component.getName());
      assertEquals(Optional.of(step.actor().name()), property(component, "CATEGORIES"));
      assertEquals(Optional.of(step.description()), property(component, "SUMMARY"));
      String stamp = asOfs.get(i).format(DateTimeFormatter.BASIC_ISO_DATE) + "T000000Z";
      assertEquals(Optional.of(stamp), property(component, "DTSTAMP"));
      assertTrue(uids.add(property(component, "UID").orElseThrow()), "unique UIDs");
      if (step.date().isPresent()) {
        LocalDate day = step.date().get();
        assertEquals(
            Optional.of(day.format(DateTimeFormatter.BASIC_ISO_DATE)),
            property(component, "DTSTART"));
        assertEquals(
            Optional.of(day.plusDays(1).format(DateTimeFormatter.BASIC_ISO_DATE)),
            property(component, "DTEND"));
      } else {
        assertEquals(Optional.empty(), property(component, "DUE"));
      }
      String description = property(component, "DESCRIPTION").orElseThrow();
      assertTrue(description.startsWith("Scenario: "), description);
      assertEquals(
          step.actorPartnerId().isPresent(),
          description.contains(
              "Current partner: " + step.actorPartnerId().map(Object::toString).orElse("")),
          description);
    }
  }

  @Test
  void theSamePlansGiveTheSameBytesFoldedAndEndedAsTheRfcSays() throws IOException {
    Path first = dir.resolve("first.ics");
    Path second = dir.resolve("second.ics");
    calendar(first);
    calendar(second);
    byte[] bytes = Files.readAllBytes(first);
    assertArrayEquals(bytes, Files.readAllBytes(second));
    String text = new String(bytes, UTF_8);
    assertTrue(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"), text);
    assertTrue(text.endsWith("END:VCALENDAR\r\n"), text);
    assertFalse(text.replace("\r\n", "").contains("\n"), "every line ends with CRLF");
    for (String line : text.split("\r\n", -1)) {
      assertTrue(line.getBytes(UTF_8).length <= 75, line);
    }
    assertTrue(text.contains("\r\n "), "long lines are folded");
  }

  @Test
  void speaksTheChosenLanguage() throws Exception {
    Path file = dir.resolve("fr.ics");
    calendar(file, "--lang", "fr");
    Calendar parsed = parse(Files.readString(file, UTF_8));
    String summary = property(parsed.getComponents().get(0), "SUMMARY").orElseThrow();
    assertTrue(summary.startsWith("Acheter t1 : 50 licences d'Office 365 E3"), summary);
  }

  @Test
  void aPlanWithNothingToDoIsOneToDoSayingSo() throws Exception {
    Path plan =
        Files.writeString(
            dir.resolve("empty.json"),
            ContractExample.JSON.replaceAll(
                "(?s)\"sources\": \\[.*?\\],\\s*\"targets\": \\[.*?\\],", ""),
            UTF_8);
    Path file = dir.resolve("empty.ics");
    CommandRun run = CommandRun.of("--calendar", file.toString(), plan.toString());
    assertEquals(0, run.status, run.err);
    List<CalendarComponent> components = parse(Files.readString(file, UTF_8)).getComponents();
    assertEquals(1, components.size());
    assertEquals("VTODO", components.get(0).getName());
    assertEquals(
        Optional.of("Nothing to do: the plan needs no step"),
        property(components.get(0), "SUMMARY"));
  }

  @Test
  void hostileNamesStayInsideTheirProperty() throws Exception {
    Path plan =
        Files.writeString(
            dir.resolve("hostile.json"),
            ContractExample.replacing(
                "\"name\": \"Contoso SARL\"",
                "\"name\": \"Contoso; SARL, \\\\ \\nEND:VCALENDAR\\u0007\\u202e\""),
            UTF_8);
    Path file = dir.resolve("hostile.ics");
    CommandRun run = CommandRun.of("--calendar", file.toString(), plan.toString());
    assertEquals(0, run.status, run.err);
    String text = Files.readString(file, UTF_8);
    assertEquals(
        1, List.of(text.split("\r\n")).stream().filter("END:VCALENDAR"::equals).count(), text);
    List<CalendarComponent> components = parse(text).getComponents();
    String description = property(components.get(0), "DESCRIPTION").orElseThrow();
    assertTrue(
        description.contains("Contoso; SARL, \\ \\u000AEND:VCALENDAR\\u0007\\u202E"), description);
  }

  @Test
  void aCalendarThatCannotBeWrittenIsStatusTwoAndOneLine() {
    Path file = dir.resolve("missing").resolve("runbook.ics");
    CommandRun run = calendar(file);
    assertEquals(2, run.status);
    assertEquals(1, run.errLines().size(), run.err);
    assertTrue(run.errLines().get(0).startsWith(file + ": (file): cannot be written"), run.err);
    assertFalse(Files.exists(file));
  }

  @Test
  void aBookHasNoCalendar() {
    CommandRun run = CommandRun.of("--book", "-", "--calendar", dir.resolve("x.ics").toString());
    assertEquals(2, run.status);
    assertEquals(1, run.errLines().size(), run.err);
  }
}
