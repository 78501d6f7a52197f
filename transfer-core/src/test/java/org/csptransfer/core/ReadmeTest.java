package org.csptransfer.core;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The README's Java example is this module's {@link ReadmeExample}, so it always compiles. */
class ReadmeTest {

  private static String snippet(Path source, String name) throws IOException {
    String text = Files.readString(source, UTF_8);
    int begin = text.indexOf("// README:begin " + name);
    int end = text.indexOf("// README:end " + name);
    assertTrue(begin >= 0 && end > begin, "markers of " + name + " in " + source);
    // Without its last line break, so that stripIndent sees no blank last line of indent 0.
    String body = text.substring(text.indexOf('\n', begin) + 1, text.lastIndexOf('\n', end));
    return body.stripIndent() + "\n";
  }

  @Test
  void readmeShowsTheCompiledExample() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), UTF_8);
    String example =
        snippet(Path.of("src/test/java/org/csptransfer/core/ReadmeExample.java"), "core");
    assertTrue(readme.contains(example), "README.md must contain:\n" + example);
  }

  @Test
  void theExampleBuildsAValidRequest() {
    TransitionRequest request = ReadmeExample.request();
    assertEquals(LocalDate.of(2026, 4, 1), request.sources().get(0).end());
  }
}
