package org.csptransfer.examples.check;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.csptransfer.examples.check.ScenarioFiles.VALID;
import static org.csptransfer.examples.check.ScenarioFiles.replacing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** The command as a user runs it: arguments in, stdout, stderr and exit status out. */
class TransferCheckTest {

  @TempDir Path dir;

  private record Run(int status, String out, String err) {
    List<String> errLines() {
      return err.isEmpty() ? List.of() : List.of(err.split("\n"));
    }
  }

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        TransferCheck.run(
            args, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8), false);
    return new Run(status, out.toString(UTF_8), err.toString(UTF_8));
  }

  private Path file(String name, String json) throws IOException {
    return Files.writeString(dir.resolve(name), json, UTF_8);
  }

  private Path approved() throws IOException {
    return file("approved.json", VALID);
  }

  private Path rejected() throws IOException {
    return file(
        "rejected.json", replacing("\"quantity\": 50, \"start\"", "\"quantity\": 40, \"start\""));
  }

  static Stream<Arguments> badInputs() {
    return Stream.of(
        Arguments.of("malformed JSON", "{ \"asOf\": ", "(root): malformed JSON"),
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
            "negative number",
            replacing("\"quantity\": 50, \"start\"", "\"quantity\": -5, \"start\""),
            "targets[0].quantity: -5 is negative"),
        Arguments.of(
            "unknown reference",
            replacing("[\"sub-001\"]", "[\"sub-002\"]"),
            "targets[0].replaces[0]: sub-002 is not the id of a source"),
        Arguments.of(
            "duplicate id",
            replacing(
                "\"replaces\": [\"sub-001\"] }",
                "\"replaces\": [\"sub-001\"], \"id\": \"x\" }, { \"id\": \"x\", \"offerId\": \"O365_E3\","
                    + " \"quantity\": 1, \"start\": \"2026-03-28\" }"),
            "targets[1].id: duplicate id x"),
        Arguments.of(
            "unknown country code",
            replacing("\"country\": \"FR\"", "\"country\": \"FX\""),
            "partner.country: 'FX' is not an upper-case ISO 3166-1 alpha-2 country code"),
        Arguments.of("empty file", "", "(root): empty file"),
        Arguments.of("a bare word", "contoso\n{}\n", "(root): malformed JSON"),
        Arguments.of(
            "control character in a string",
            "{ \"asOf\": \"2026\n-03-01\" }",
            "(root): malformed JSON"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void badInputGivesStatusTwoAndOneLineNamingFilePathAndProblem(
      String kind, String json, String problem) throws IOException {
    Path bad = file("bad.json", json);
    Run run = run(bad.toString());
    assertEquals(2, run.status(), kind);
    assertEquals("", run.out(), kind);
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().startsWith(bad + ": " + problem), () -> kind + ": " + run.err());
  }

  @Test
  void aFileThatDoesNotExistIsUnreadable() {
    Run run = run(dir.resolve("nowhere.json").toString());
    assertEquals(2, run.status());
    assertEquals("", run.out());
    assertEquals(List.of(dir.resolve("nowhere.json") + ": (file): no such file"), run.errLines());
  }

  @Test
  void aFileThatIsNotUtf8IsUnreadable() throws IOException {
    Path latin1 = Files.write(dir.resolve("latin1.json"), new byte[] {'{', (byte) 0xE9, '}'});
    Run run = run(latin1.toString());
    assertEquals(2, run.status());
    assertEquals(List.of(latin1 + ": (root): not UTF-8 text"), run.errLines());
  }

  @Test
  void otherFilesAreStillEvaluatedAfterABadOne() throws IOException {
    Path bad = file("bad.json", "{");
    Run run = run("--json", bad.toString(), approved().toString());
    assertEquals(2, run.status());
    assertEquals(1, run.errLines().size());
    assertEquals(1, run.out().lines().count());
    assertTrue(run.out().contains("\"verdict\":\"APPROVED\""), run.out());
  }

  @Test
  void statusIsZeroWhenEveryPlanIsApproved() throws IOException {
    assertEquals(0, run(approved().toString()).status());
  }

  @Test
  void statusIsOneWhenAnyPlanIsRejected() throws IOException {
    Run run = run(approved().toString(), rejected().toString());
    assertEquals(1, run.status());
    assertEquals("", run.err());
  }

  @Test
  void statusTwoWinsOverRejected() throws IOException {
    assertEquals(2, run(rejected().toString(), file("bad.json", "[").toString()).status());
  }

  @Test
  void aDirectoryStandsForItsJsonFiles() throws IOException {
    approved();
    rejected();
    Files.writeString(dir.resolve("notes.txt"), "not a scenario");
    Run run = run("--json", dir.toString());
    assertEquals(1, run.status());
    assertEquals(2, run.out().lines().count(), "one JSON object per line");
  }

  @Test
  void anEmptyDirectoryIsUnreadable() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Run run = run(empty.toString());
    assertEquals(2, run.status());
    assertEquals(List.of(empty + ": (directory): holds no *.json file"), run.errLines());
  }

  @Test
  void jsonOfOneFileIsOneObjectWithTheContractsFields() throws IOException {
    Run run = run("--json", rejected().toString());
    JsonNode decision = ScenarioReader.mapper().readTree(run.out());
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
    Run run = run(rejected.toString());
    List<String> lines = run.out().lines().toList();
    assertEquals(rejected + "  REJECTED", lines.get(0));
    String report = run.out();
    int findings = report.indexOf("Findings");
    int actions = report.indexOf("Required actions");
    int timeline = report.indexOf("Timeline");
    assertTrue(0 < findings && findings < actions && actions < timeline, report);
    assertTrue(
        report.contains("t1 has 40 seats but the 48 users of sub-001 hold licenses"), report);
    assertTrue(report.contains("1. Change t1 from 40 to 48 seats"), report);
    assertTrue(report.contains("    sub-001  ███"), report);
    assertTrue(!report.contains("\u001B["), "no colour when not writing to a terminal");
  }

  @Test
  void planIgnoresTheTargetsAndEvaluatesItsOwnPlan() throws IOException {
    Run run = run("--plan", rejected().toString());
    assertEquals(0, run.status(), run.out());
    assertTrue(run.out().contains("proposed plan  APPROVED"), run.out());
    assertTrue(
        run.out().contains("t1  O365_E3, 50 seats from 2026-03-29, replaces sub-001"), run.out());
  }

  @Test
  void planJsonHoldsThePlanAndItsDecisionAndItsTargetsPasteIntoTheScenario() throws IOException {
    Path rejected = rejected();
    Run run = run("--plan", "--json", rejected.toString());
    JsonNode result = ScenarioReader.mapper().readTree(run.out());
    JsonNode plan = result.get("plan");
    assertEquals("LET_EXPIRE", plan.get("dispositions").get("sub-001").stringValue());
    assertEquals(0, plan.get("notes").size());
    assertEquals("APPROVED", result.get("decision").get("verdict").stringValue());
    tools.jackson.databind.node.ObjectNode scenario =
        (tools.jackson.databind.node.ObjectNode)
            ScenarioReader.mapper().readTree(Files.readString(rejected));
    scenario.set("targets", plan.get("targets"));
    Path pasted = file("pasted.json", scenario.toString());
    assertEquals(0, run(pasted.toString()).status());
  }

  @Test
  void planStatusIsThatOfTheProposedPlan() throws IOException {
    Path japan = file("japan.json", replacing("\"country\": \"BE\"", "\"country\": \"JP\""));
    assertEquals(1, run("--plan", japan.toString()).status());
  }

  @Test
  void helpAndVersionWorkAsPicocliUsersExpect() {
    Run help = run("--help");
    assertEquals(0, help.status());
    assertTrue(help.out().contains("Usage: transfer-check"), help.out());
    assertTrue(help.out().contains("--json"), help.out());
    Run version = run("--version");
    assertEquals(0, version.status());
    assertTrue(version.out().startsWith("transfer-check "), version.out());
  }

  @Test
  void aMissingArgumentIsAUsageError() {
    Run run = run();
    assertEquals(2, run.status());
    assertEquals("", run.out());
  }
}
