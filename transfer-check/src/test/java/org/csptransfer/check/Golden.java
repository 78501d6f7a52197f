package org.csptransfer.check;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: reviewed output kept under src/test/resources/golden. A test compares what the
 * command writes today with the reviewed file; run with {@code -Dgolden.update=true} to rewrite
 * them after a reviewed change, then read the diff before committing.
 */
final class Golden {

  static final Path DIRECTORY = Path.of("src", "test", "resources", "golden");

  private Golden() {}

  static void assertMatches(String name, String actual) {
    Path file = DIRECTORY.resolve(name);
    try {
      if (Boolean.getBoolean("golden.update") || !Files.exists(file)) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, UTF_8);
      }
      assertEquals(Files.readString(file, UTF_8), actual, () -> "differs from " + file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
