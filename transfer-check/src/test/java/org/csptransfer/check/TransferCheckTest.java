package org.csptransfer.check;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.csptransfer.testkit.ContractExample.replacing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.csptransfer.testkit.ContractExample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The command as a user runs it: arguments in, stdout, stderr and exit status out. */
class TransferCheckTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  private static CommandRun run(String... args) {
    return CommandRun.of(args);
  }

  private Path file(String name, String json) throws IOException {
    return Files.writeString(dir.resolve(name), json, UTF_8);
  }

  private Path approved() throws IOException {
    return file("approved.json", ContractExample.RENEWAL_OFF);
  }

  private Path rejected() throws IOException {
    return file(
        "rejected.json", replacing("\"quantity\": 50, \"start\"", "\"quantity\": 40, \"start\""));
  }

  static Stream<Arguments> badInputs() {
    return Stream.of(
        Arguments.of("malformed JSON", "{ \"asOf\": ", "asOf: malformed JSON"),
        Arguments.of(
            "missing field",
            replacing("\"name\": \"Contoso SARL\",", ""),
            "customer.name: missing"),
        Arguments.of(
            "wrong type",
            replacing("\"assignedLicenses\": 48", "\"assignedLicenses\": true"),
            "sources[0].assignedLicenses: expected a whole number, got true"),
        Arguments.of(
            "unknown enum value",
            replacing("\"ACTIVE\"", "\"ACTIV\""),
            "sources[0].status: unknown value 'ACTIV'"),
        Arguments.of(
            "impossible date",
            replacing("\"termEnd\": \"2026-03-31\"", "\"termEnd\": \"2026-04-31\""),
            "sources[0].termEnd: '2026-04-31' is not a date"),
        Arguments.of(
            "date outside the years a plan may use",
            replacing("\"termEnd\": \"2026-03-31\"", "\"termEnd\": \"0001-01-01\""),
            "sources[0].termEnd: 0001-01-01 is outside 2000-01-01 to 2199-12-31"),
        Arguments.of(
            "negative number",
            replacing("\"quantity\": 50, \"start\"", "\"quantity\": -5, \"start\""),
            "targets[0].quantity: -5 is negative"),
        Arguments.of(
            "quantity beyond the limit",
            replacing("\"quantity\": 50, \"start\"", "\"quantity\": 2147483647, \"start\""),
            "targets[0].quantity: 2147483647 is more than the 10000000 allowed"),
        Arguments.of(
            "an 11-byte price of thirty million digits",
            replacing(
                "\"disposition\": \"LET_EXPIRE\"",
                "\"disposition\": \"LET_EXPIRE\", \"unitPrice\": \"1e30000000\", \"currency\":"
                    + " \"EUR\""),
            "sources[0].unitPrice: 1E+30000000 is not a price"),
        Arguments.of(
            "unknown reference",
            replacing("[\"sub-001\"]", "[\"sub-002\"]"),
            "targets[0].replaces[0]: sub-002 is not the id of a source"),
        Arguments.of(
            "an id of no-break and zero-width spaces",
            replacing("\"id\": \"sub-001\"", "\"id\": \"\\u00a0\\u200b\""),
            "sources[0].id: must not be blank"),
        Arguments.of(
            "unknown country code",
            replacing("\"country\": \"FR\"", "\"country\": \"FX\""),
            "partner.country: 'FX' is not an upper-case ISO 3166-1 alpha-2 country code"),
        Arguments.of("empty file", "", "(document): empty"),
        Arguments.of("a bare word", "contoso\n{}\n", "(document): malformed JSON"),
        Arguments.of(
            "control character in a string",
            "{ \"asOf\": \"2026\n-03-01\" }",
            "asOf: malformed JSON"),
        Arguments.of(
            "a JSON value nested deeper than any scenario",
            "[".repeat(5000),
            "(document): malformed JSON"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void badInputGivesStatusTwoAndOneLineNamingFilePathAndProblem(
      String kind, String json, String problem) throws IOException {
    Path bad = file("bad.json", json);
    CommandRun run = run(bad.toString());
    assertEquals(2, run.status, kind);
    assertEquals("", run.out, kind);
    assertEquals(1, run.errLines().size(), run.err);
    assertTrue(run.err.startsWith(bad + ": " + problem), () -> kind + ": " + run.err);
  }

  @Test
  void anErrorLineShowsHostileTextEscapedAndCut() throws IOException {
    Path bad =
        file(
            "bad.json",
            replacing(
                "\"channel\": \"DIRECT\"",
                "\"channel\": \"\\u001b[2K\\r\\u2028\\u0085\\u000b\\f"
                    + "x".repeat(1_000_000)
                    + "\""));
    CommandRun run = run(bad.toString());
    assertEquals(2, run.status);
    assertEquals(1, run.errLines().size(), "one line");
    String line = run.errLines().get(0);
    assertTrue(line.length() <= 2 * InputError.MAX_LINE, () -> line.length() + " characters");
    assertTrue(
        line.chars().noneMatch(c -> c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028), line);
    assertTrue(line.contains("\\u{001B}[2K\\u{000D}\\u{2028}\\u{0085}\\u{000B}\\u{000C}"), line);
    assertFalse(line.contains("JsonReadFeature") || line.contains("tools.jackson"), line);
  }

  @Test
  void aReportCannotBeForgedByNamesAndIds() throws IOException {
    Path hostile =
        file(
            "hostile.json",
            replacing("Contoso SARL", "Contoso\\u001b[1A\\u001b[2K\\rAPPROVED\\u202e")
                .replace("quantity\": 50, \"start\"", "quantity\": 40, \"start\"")
                .replace("\"sub-001\"", "\"sub-001\\nWARNING  FAKE_CODE\""));
    CommandRun run = run(hostile.toString());
    assertEquals(1, run.status);
    assertTrue(run.outLines().get(0).endsWith("REJECTED"), run.out);
    assertFalse(run.out.contains("\u001b") || run.out.contains("\r") || run.out.contains("\u202e"));
    assertTrue(run.outLines().stream().noneMatch(line -> line.startsWith("WARNING  FAKE_CODE")));
    assertTrue(run.out.contains("sub-001\\u{000A}WARNING  FAKE_CODE"), run.out);
  }

  @Test
  void anEmptyArgumentIsRefusedNotReadAsTheCurrentDirectory() throws IOException {
    approved();
    CommandRun run = run("");
    assertEquals(2, run.status);
    assertEquals(List.of("'': an empty argument names no file"), run.errLines());
    assertEquals("", run.out);
  }

  @Test
  void aFileThatDoesNotExistIsUnreadable() {
    CommandRun run = run(dir.resolve("nowhere.json").toString());
    assertEquals(2, run.status);
    assertEquals("", run.out);
    assertEquals(List.of(dir.resolve("nowhere.json") + ": (file): no such file"), run.errLines());
  }

  @Test
  void aFileThatIsNotUtf8IsUnreadable() throws IOException {
    Path latin1 = Files.write(dir.resolve("latin1.json"), new byte[] {'{', (byte) 0xE9, '}'});
    CommandRun run = run(latin1.toString());
    assertEquals(2, run.status);
    assertEquals(List.of(latin1 + ": (document): not UTF-8 text"), run.errLines());
  }

  @Test
  void otherFilesAreStillEvaluatedAfterABadOne() throws IOException {
    Path bad = file("bad.json", "{");
    CommandRun run = run("--json", bad.toString(), approved().toString());
    assertEquals(2, run.status);
    assertEquals(1, run.errLines().size());
    assertEquals(1, run.outLines().size());
    assertTrue(run.out.contains("\"verdict\":\"APPROVED\""), run.out);
  }

  @Test
  void statusIsZeroWhenEveryPlanIsApproved() throws IOException {
    assertEquals(0, run(approved().toString()).status);
  }

  @Test
  void statusIsOneWhenAnyPlanIsRejected() throws IOException {
    CommandRun run = run(approved().toString(), rejected().toString());
    assertEquals(1, run.status);
    assertEquals("", run.err);
  }

  @Test
  void statusTwoWinsOverRejected() throws IOException {
    assertEquals(2, run(rejected().toString(), file("bad.json", "[").toString()).status);
  }

  @Test
  void aDirectoryStandsForItsJsonFiles() throws IOException {
    approved();
    rejected();
    Files.writeString(dir.resolve("notes.txt"), "not a scenario");
    CommandRun run = run("--json", dir.toString());
    assertEquals(1, run.status);
    assertEquals(2, run.outLines().size(), "one JSON object per line");
    assertEquals(
        dir.resolve("approved.json").toString(),
        JSON.readTree(run.outLines().get(0)).get("file").stringValue());
  }

  @Test
  void anEmptyDirectoryIsUnreadable() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    CommandRun run = run(empty.toString());
    assertEquals(2, run.status);
    assertEquals(List.of(empty + ": (directory): holds no *.json file"), run.errLines());
  }

  @Test
  void jsonOfOneFileIsOneObjectWithTheContractsFields() throws IOException {
    CommandRun run = run("--json", rejected().toString());
    JsonNode decision = JSON.readTree(run.out);
    assertEquals("REJECTED", decision.get("verdict").stringValue());
    JsonNode finding = decision.get("findings").get(0);
    assertEquals("LICENSE_SHORTFALL", finding.get("code").stringValue());
    assertEquals("ERROR", finding.get("severity").stringValue());
    assertEquals("license-count", finding.get("rule").stringValue());
    assertEquals("sub-001", finding.get("subjects").get(0).stringValue());
    assertEquals(8, finding.get("arguments").get("missingSeats").intValue());
    assertEquals("CHANGE_QUANTITY", decision.get("actions").get(0).get("type").stringValue());
    assertEquals(
        "2026-04-01", decision.get("timeline").get(0).get("firstDayWithoutService").stringValue());
    assertEquals(6, decision.get("trace").size());
  }

  @Test
  void theReportPutsTheVerdictFirstThenFindingsActionsAndTimeline() throws IOException {
    Path rejected = rejected();
    CommandRun run = run(rejected.toString());
    List<String> lines = run.outLines();
    assertEquals(rejected + "  REJECTED", lines.get(0));
    String report = run.out;
    int findings = report.indexOf("Findings");
    int actions = report.indexOf("Required actions");
    int timeline = report.indexOf("Timeline");
    assertTrue(0 < findings && findings < actions && actions < timeline, report);
    assertTrue(
        report.contains("t1 has 40 seats but the 48 users of sub-001 hold licenses"), report);
    assertTrue(report.contains("1. Change t1 from 40 to 48 seats"), report);
    assertTrue(report.contains("    sub-001  ███"), report);
    assertFalse(report.contains("\u001B["), "no colour when not writing to a terminal");
  }

  @Test
  void frenchRendersEveryTextOfTheReportButNoCode() throws IOException {
    CommandRun run = run("--lang", "fr", rejected().toString());
    String report = run.out;
    assertTrue(report.contains("Constats"), report);
    assertTrue(report.contains("Actions requises"), report);
    assertTrue(report.contains("Chronologie"), report);
    assertTrue(report.contains("LICENSE_SHORTFALL"), report);
    assertTrue(report.contains("1. Passer t1 de 40 à 48 licences"), report);
    assertTrue(report.contains("au 1er mars 2026"), report);
    JsonNode json = JSON.readTree(run("--lang", "fr", "--json", rejected().toString()).out);
    assertEquals("LICENSE_SHORTFALL", json.get("findings").get(0).get("code").stringValue());
    assertTrue(
        json.get("findings").get(0).get("message").stringValue().contains("licences"),
        json.toString());
  }

  @Test
  void planIgnoresTheTargetsAndEvaluatesItsOwnPlan() throws IOException {
    CommandRun run = run("--plan", rejected().toString());
    assertEquals(0, run.status, run.out);
    assertTrue(run.out.contains("proposed plan  APPROVED"), run.out);
    assertTrue(
        run.out.contains(
            "t1  Office 365 E3 (O365_E3), 50 seats from March 29, 2026, replaces sub-001"),
        run.out);
  }

  @Test
  void planJsonHoldsThePlanAndItsDecisionAndItsTargetsPasteIntoTheScenario() throws IOException {
    Path rejected = rejected();
    CommandRun run = run("--plan", "--json", rejected.toString());
    JsonNode result = JSON.readTree(run.out);
    JsonNode plan = result.get("plan");
    assertEquals("LET_EXPIRE", plan.get("dispositions").get("sub-001").stringValue());
    assertEquals(0, plan.get("notes").size());
    // The source's auto-renewal is not known: turning it off is the one action left.
    assertEquals("APPROVED_WITH_ACTIONS", result.get("decision").get("verdict").stringValue());
    ObjectNode scenario = (ObjectNode) JSON.readTree(Files.readString(rejected));
    scenario.set("targets", plan.get("targets"));
    Path pasted = file("pasted.json", scenario.toString());
    assertEquals(0, run(pasted.toString()).status);
  }

  @Test
  void planStatusIsThatOfTheProposedPlan() throws IOException {
    Path japan = file("japan.json", replacing("\"country\": \"BE\"", "\"country\": \"JP\""));
    assertEquals(1, run("--plan", japan.toString()).status);
  }

  @Test
  void helpAndVersionWorkAsPicocliUsersExpect() {
    CommandRun help = run("--help");
    assertEquals(0, help.status);
    assertTrue(help.out.contains("Usage: transfer-check"), help.out);
    assertTrue(help.out.contains("--json"), help.out);
    assertTrue(help.out.contains("--book"), help.out);
    assertTrue(help.out.contains("import"), help.out);
    CommandRun version = run("--version");
    assertEquals(0, version.status);
    assertTrue(version.out.startsWith("transfer-check "), version.out);
  }

  @Test
  void aMissingArgumentIsAUsageError() {
    CommandRun run = run();
    assertEquals(2, run.status);
    assertEquals("", run.out);
    assertEquals(1, run.errLines().size(), run.err);
  }

  @Test
  void anUnknownLanguageIsAUsageError() throws IOException {
    CommandRun run = run("--lang", "de", approved().toString());
    assertEquals(2, run.status);
    assertEquals("", run.out);
  }

  @Test
  void theHtmlReportIsWrittenWholeAndStdoutSaysOnlyWhatWasChecked() throws IOException {
    Path page = dir.resolve("report.html");
    CommandRun run = run("--html", page.toString(), approved().toString(), rejected().toString());
    assertEquals(1, run.status);
    assertEquals(
        List.of(
            "2 scenarios checked: 1 approved, 0 approved with actions, 1 rejected, 0 unreadable"),
        run.outLines());
    String html = Files.readString(page);
    assertTrue(html.startsWith("<!DOCTYPE html>"), html);
    assertTrue(html.contains("approved.json") && html.contains("rejected.json"), html);
    CommandRun both =
        run("--html", page.toString(), "--text", approved().toString(), rejected().toString());
    assertTrue(both.out.contains("REJECTED") && both.out.contains("Findings"), both.out);
    CommandRun french = run("--lang", "fr", "--html", page.toString(), approved().toString());
    assertEquals(
        List.of("1 scénario vérifié : 1 approuvé, 0 approuvé avec actions, 0 rejeté, 0 illisible"),
        french.outLines());
    try (Stream<Path> files = Files.list(dir)) {
      assertTrue(files.noneMatch(file -> file.getFileName().toString().endsWith(".tmp")));
    }
  }

  @Test
  void anHtmlReportThatCannotBeWrittenIsStatusTwoAndLeavesNothing() throws IOException {
    Path page = dir.resolve("missing-directory").resolve("report.html");
    CommandRun run = run("--html", page.toString(), approved().toString());
    assertEquals(2, run.status);
    assertEquals(1, run.errLines().size(), run.err);
    assertFalse(Files.exists(page));
  }
}
