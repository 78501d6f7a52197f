package org.csptransfer.check;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.csptransfer.testkit.ContractExample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs never destroy what a path names: regular files are replaced whole, keeping their
 * permissions; links are followed; devices are written to, never replaced; failures are one line.
 */
class OutputFileTest {

  @TempDir Path dir;

  private static void noTemporaryLeft(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      assertTrue(files.noneMatch(file -> file.getFileName().toString().endsWith(".tmp")));
    }
  }

  @Test
  void anExistingFileIsReplacedWholeAndKeepsItsPermissions() throws Exception {
    Path file = Files.writeString(dir.resolve("report.html"), "old");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    OutputFile.write(file.toString(), "new");
    assertEquals("new", Files.readString(file));
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    noTemporaryLeft(dir);
  }

  @Test
  void aNewFileGetsTheDefaultPermissionsNotOwnerOnlyOnes() throws Exception {
    Path probe = Files.createFile(dir.resolve("probe"));
    Path file = dir.resolve("new.ics");
    OutputFile.write(file.toString(), "text");
    assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(file));
  }

  @Test
  void aSymbolicLinkIsFollowedAndStaysALink() throws Exception {
    Path target = Files.writeString(dir.resolve("target.html"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.html"), target);
    OutputFile.write(link.toString(), "new");
    assertTrue(Files.isSymbolicLink(link));
    assertEquals("new", Files.readString(target));
  }

  @Test
  void aDeviceIsWrittenToAndNeverReplaced() throws Exception {
    Path devNull = Path.of("/dev/null");
    OutputFile.write(devNull.toString(), "anything");
    assertFalse(Files.isRegularFile(devNull));
    assertTrue(Files.exists(devNull));
  }

  @Test
  void aDirectoryAnEmptyNameOrAMissingDirectoryIsOneLine() {
    assertEquals(
        dir + ": (file): a directory, not a file",
        assertThrows(InputError.class, () -> OutputFile.write(dir.toString(), "x")).line());
    assertEquals(
        "'': an empty argument names no file",
        assertThrows(InputError.class, () -> OutputFile.write("", "x")).line());
    Path missing = dir.resolve("no").resolve("such.html");
    assertEquals(
        missing + ": (file): cannot be written: no such directory",
        assertThrows(InputError.class, () -> OutputFile.write(missing.toString(), "x")).line());
  }

  @Test
  void theCommandReportsThemAsOneLineAndStatusTwo() throws IOException {
    Path plan = Files.writeString(dir.resolve("plan.json"), ContractExample.RENEWAL_OFF, UTF_8);
    for (String option : List.of("--html", "--calendar")) {
      CommandRun run = CommandRun.of(option, "/", plan.toString());
      assertEquals(2, run.status, run.err);
      assertEquals(List.of("/: (file): a directory, not a file"), run.errLines());
    }
    CommandRun empty = CommandRun.of("--calendar", "", plan.toString());
    assertEquals(List.of("'': an empty argument names no file"), empty.errLines());
  }

  @Test
  void aStdoutThatCannotBeWrittenIsStatusTwoAndOneLine() throws IOException {
    Path plan = Files.writeString(dir.resolve("plan.json"), ContractExample.RENEWAL_OFF, UTF_8);
    OutputStream full =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("No space left on device");
          }
        };
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        TransferCheck.run(
            new String[] {plan.toString()},
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(full, true, UTF_8),
            new PrintStream(err, true, UTF_8),
            false);
    assertEquals(2, status);
    assertEquals("(stdout): cannot be written\n", err.toString(UTF_8));
  }

  @Test
  void aUsageErrorIsOneLineNamingTheOptionAndTheExpectedForm() {
    CommandRun date = CommandRun.of("import", "--as-of", "2026-3-1");
    assertEquals(2, date.status);
    assertEquals(1, date.errLines().size(), date.err);
    assertTrue(
        date.err.contains("'--as-of'") && date.err.contains("expected a date YYYY-MM-DD"),
        date.err);
    assertFalse(date.err.contains("java."), date.err);
    CommandRun unknown = CommandRun.of("--colour", "x.json");
    assertEquals(2, unknown.status);
    assertEquals(1, unknown.errLines().size(), unknown.err);
    assertTrue(unknown.err.startsWith("transfer-check: Unknown option: '--colour'"), unknown.err);
  }

  @Test
  void aBlankRegionIsAnInputErrorNotAnInternalOne() {
    CommandRun run =
        CommandRun.of(
            "import",
            "--subscribed-skus",
            ImportCommandTest.TENANT.resolve("subscribedSkus.json").toString(),
            "--subscriptions",
            ImportCommandTest.TENANT.resolve("subscriptions.json").toString(),
            "--partner-id",
            "4321987",
            "--partner-name",
            "Fabrikam",
            "--partner-country",
            "FR",
            "--customer-name",
            "Contoso",
            "--customer-country",
            "BE",
            "--as-of",
            "2026-03-01",
            "--partner-region",
            "");
    assertEquals(2, run.status);
    assertEquals(List.of("--partner-region: unknown region ''"), run.errLines());
  }
}
