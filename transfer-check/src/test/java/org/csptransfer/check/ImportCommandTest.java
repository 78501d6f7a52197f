package org.csptransfer.check;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.csptransfer.core.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code transfer-check import}: Graph and Partner Center bodies in, a scenario out. */
class ImportCommandTest {

  static final Path TENANT = Path.of("..", "transfer-examples", "tenant-example");

  @TempDir Path dir;

  private static List<String> args(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "import",
                "--subscribed-skus",
                TENANT.resolve("subscribedSkus.json").toString(),
                "--subscriptions",
                TENANT.resolve("subscriptions.json").toString(),
                "--as-of",
                "2026-03-01",
                "--partner-id",
                "4321987",
                "--partner-name",
                "Fabrikam CSP",
                "--partner-country",
                "FR",
                "--customer-name",
                "Contoso SARL",
                "--customer-country",
                "BE"));
    args.addAll(List.of(more));
    return args;
  }

  private static CommandRun run(List<String> args) {
    return CommandRun.of(args.toArray(String[]::new));
  }

  @Test
  void writesAScenarioTheReaderReadsAndNotesOnStderr() throws IOException {
    CommandRun run = run(args("--relationship", "ACCEPTED"));
    assertEquals(0, run.status, run.err);
    Scenario scenario = BundledScenarios.READER.read(run.out);
    assertEquals(6, scenario.request().sources().size());
    assertEquals("Contoso SARL", scenario.request().customer().name());
    assertEquals(
        "0b6f2c9e-6f0a-4d2e-9a61-3f1c2d4e5a6b",
        scenario.request().customer().tenantId().toString());
    assertEquals(1, scenario.request().customer().relationships().size());
    assertTrue(run.errLines().stream().allMatch(line -> line.startsWith("note: ")), run.err);
    assertTrue(run.err.contains("shared over its 3 subscriptions"), run.err);
  }

  /**
   * The import may turn a body within the reader's 32 Mi characters into a larger scenario (each
   * subscription gains fields): one the checker could not read back is refused, nothing written.
   */
  @Test
  void aScenarioLargerThanAScenarioFileMayBeIsRefusedAndNothingIsWritten() throws IOException {
    Path body = dir.resolve("subscriptions.json");
    try (Writer out = Files.newBufferedWriter(body)) {
      out.write("{\"value\":[");
      for (int i = 0; i < 212_000; i++) {
        out.write(
            String.format(
                Locale.ROOT,
                "%s{\"id\":\"%08x-0000-4000-8000-%012x\",\"skuPartNumber\":\"SPB\","
                    + "\"status\":\"Enabled\",\"totalLicenses\":10,"
                    + "\"nextLifecycleDateTime\":\"2026-06-01T00:00:00Z\"}",
                i == 0 ? "" : ",",
                i,
                i));
      }
      out.write("]}");
    }
    List<String> args =
        args("--relationship", "ACCEPTED", "-o", dir.resolve("big.json").toString());
    args.set(args.indexOf("--subscriptions") + 1, body.toString());
    CommandRun run = run(args);
    assertEquals(2, run.status, run.err);
    assertEquals(1, run.errLines().size(), run.err);
    assertTrue(run.err.contains("import the tenant's subscriptions in parts"), run.err);
    assertFalse(Files.exists(dir.resolve("big.json")));
  }

  @Test
  void writesTheOutputFileWholeAndSpeaksFrench() throws IOException {
    Path out = dir.resolve("contoso.json");
    List<String> args = new ArrayList<>(List.of("--lang", "fr"));
    args.addAll(
        args(
            "--partner-center",
            TENANT.resolve("partnercenter-subscriptions.json").toString(),
            "-o",
            out.toString()));
    CommandRun run = run(args);
    assertEquals(0, run.status, run.err);
    assertEquals("", run.out);
    Scenario scenario = BundledScenarios.READER.read(Files.readString(out, UTF_8));
    assertTrue(
        scenario.request().sources().stream().anyMatch(source -> source.parentId().isPresent()));
    assertTrue(run.err.contains("licences attribuées"), run.err);
  }

  @Test
  void theLanguageMayBeGivenToTheImportItselfAndItsOwnWins() {
    CommandRun french = run(args("--lang", "fr"));
    assertEquals(0, french.status, french.err);
    assertTrue(french.err.contains("licences attribuées"), french.err);
    List<String> overridden = new ArrayList<>(List.of("--lang", "fr"));
    overridden.addAll(args("--lang", "en"));
    CommandRun english = run(overridden);
    assertEquals(0, english.status, english.err);
    assertTrue(english.err.contains("shared over its 3 subscriptions"), english.err);
    assertFalse(english.err.contains("licences attribuées"), english.err);
    CommandRun unknown = run(args("--lang", "de"));
    assertEquals(2, unknown.status);
    assertEquals("", unknown.out);
  }

  @Test
  void aBadBodyIsOneLineNamingTheFileAndPathAndNothingIsWritten() throws IOException {
    Path body =
        Files.writeString(dir.resolve("subs.json"), "{\"value\": [{\"skuPartNumber\": \"SPB\"}]}");
    Path out = dir.resolve("out.json");
    List<String> args = args("-o", out.toString());
    args.set(args.indexOf("--subscriptions") + 1, body.toString());
    CommandRun run = run(args);
    assertEquals(2, run.status);
    assertEquals(List.of(body + ": value[0].id: missing"), run.errLines());
    assertFalse(Files.exists(out));
  }

  @Test
  void aMissingFileOrOptionIsStatusTwo() {
    List<String> missing = args();
    missing.set(missing.indexOf("--subscriptions") + 1, dir.resolve("none.json").toString());
    CommandRun run = run(missing);
    assertEquals(2, run.status);
    assertEquals(List.of(dir.resolve("none.json") + ": (file): no such file"), run.errLines());
    assertEquals(2, CommandRun.of("import", "--subscriptions", "x.json").status);
    List<String> badCountry = args();
    badCountry.set(badCountry.indexOf("--customer-country") + 1, "Belgium");
    assertEquals(
        List.of(
            "--customer-country: 'Belgium' is not an upper-case ISO 3166-1 alpha-2 country code"),
        run(badCountry).errLines());
  }

  @Test
  void thePartnersTenantIdIsWrittenInLowerCaseAndMustBeAGuid() throws IOException {
    CommandRun run =
        run(
            args(
                "--relationship",
                "ACCEPTED",
                "--partner-tenant",
                "1A2B3C4D-5E6F-4A7B-8C9D-0E1F2A3B4C5D"));
    assertEquals(0, run.status, run.err);
    Scenario scenario = BundledScenarios.READER.read(run.out);
    assertEquals(
        "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
        scenario.request().partner().tenantId().orElseThrow().toString());
    assertFalse(run.err.contains("--partner-tenant"), run.err);
    CommandRun without = run(args("--relationship", "ACCEPTED"));
    assertTrue(without.err.contains("without --partner-tenant"), without.err);
    CommandRun bad = run(args("--partner-tenant", "4321987"));
    assertEquals(2, bad.status);
    assertEquals(List.of("--partner-tenant: '4321987' is not a UUID"), bad.errLines());
    assertEquals("", bad.out);
  }

  @Test
  void aProblemOfThePartnerCenterBodyNamesThePartnerCenterFile() throws IOException {
    Path center =
        Files.writeString(
            dir.resolve("pc.json"),
            "{\"items\": [{\"id\": \"8dbe4c61-3f50-4192-8d4e-5f6a7b8c9d0e\","
                + " \"cancellationAllowedUntilDate\": \"1999-01-01T00:00:00Z\"}]}");
    CommandRun run = run(args("--partner-center", center.toString()));
    assertEquals(2, run.status);
    assertEquals(
        List.of(
            center
                + ": items[0].cancellationAllowedUntilDate: 1999-01-01 is outside 2000-01-01 to"
                + " 2199-12-31"),
        run.errLines());
  }

  @Test
  void graphsPagesAreGivenInOrderAndAMissingOneNamesTheLastPage() throws IOException {
    String subscriptions = Files.readString(TENANT.resolve("subscriptions.json"), UTF_8);
    Path first =
        Files.writeString(
            dir.resolve("page1.json"),
            subscriptions.replaceFirst(
                "\\{", "{\"@odata.nextLink\": \"https://graph.microsoft.com/next\", "),
            UTF_8);
    Path second = Files.writeString(dir.resolve("page2.json"), "{\"value\": []}", UTF_8);
    List<String> paged = args("--relationship", "ACCEPTED", "--subscriptions", second.toString());
    paged.set(paged.indexOf("--subscriptions") + 1, first.toString());
    CommandRun run = run(paged);
    assertEquals(0, run.status, run.err);
    assertEquals(6, BundledScenarios.READER.read(run.out).request().sources().size());
    List<String> missing = args("--relationship", "ACCEPTED");
    missing.set(missing.indexOf("--subscriptions") + 1, first.toString());
    CommandRun refused = run(missing);
    assertEquals(2, refused.status);
    assertEquals(1, refused.errLines().size(), refused.err);
    assertTrue(
        refused.errLines().get(0).startsWith(first + ": @odata.nextLink: the body is one page"),
        refused.err);
    assertEquals("", refused.out);
  }
}
