package org.csptransfer.check;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.Splitter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's walk-through, from a tenant's Graph bodies to a checked plan, works as written. */
class ReadmeWalkThroughTest {

  private static final Path README = Path.of("..", "README.md");

  @TempDir Path dir;

  private static String readme() throws IOException {
    return Files.readString(README, UTF_8);
  }

  /** Splits a shell command line: words, double-quoted words, backslash-newline continuations. */
  private static List<String> words(String command) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    boolean quoted = false;
    for (int at = 0; at < command.length(); at++) {
      char c = command.charAt(at);
      if (c == '"') {
        quoted = !quoted;
        word = word == null ? new StringBuilder() : word;
      } else if (Character.isWhitespace(c) && !quoted) {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
      } else {
        word = word == null ? new StringBuilder() : word;
        word.append(c);
      }
    }
    if (word != null) {
      words.add(word.toString());
    }
    return words;
  }

  /**
   * Runs the README's walk-through from Graph bodies to a checked plan, as written: each command of
   * the marked block, with the repository's paths and the output file in a temporary directory.
   */
  @Test
  void theWalkThroughFromGraphBodiesToACheckedPlanWorksAsWritten() throws IOException {
    String readme = readme();
    int begin = readme.indexOf("<!-- walkthrough -->");
    int end = readme.indexOf("<!-- /walkthrough -->");
    assertTrue(begin >= 0 && end > begin, "the walk-through's markers");
    String block =
        readme.substring(readme.indexOf("```sh\n", begin) + 6, readme.lastIndexOf("```", end));
    List<String> commands =
        Splitter.on('\n').omitEmptyStrings().splitToList(block.replace("\\\n", " "));
    assertEquals(2, commands.size(), block);
    List<Integer> statuses = new ArrayList<>();
    for (String command : commands) {
      List<String> words = words(command);
      assertEquals(
          List.of("java", "-jar", "transfer-check/target/transfer-check.jar"), words.subList(0, 3));
      List<String> args = new ArrayList<>();
      for (String word : words.subList(3, words.size())) {
        args.add(
            word.startsWith("transfer-examples/")
                ? Path.of("..").resolve(word).toString()
                : word.equals("contoso.json") ? dir.resolve(word).toString() : word);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      statuses.add(
          TransferCheck.run(
              args.toArray(String[]::new),
              new PrintStream(out, true, UTF_8),
              new PrintStream(err, true, UTF_8),
              false));
      if (args.get(0).equals("--plan")) {
        String report = out.toString(UTF_8);
        assertTrue(report.contains("proposed plan  APPROVED"), report);
        assertTrue(report.contains("Proposed transfers"), report);
      } else {
        assertTrue(err.toString(UTF_8).startsWith("note: SPB:"), err.toString(UTF_8));
      }
    }
    assertEquals(List.of(0, 0), statuses);
  }
}
