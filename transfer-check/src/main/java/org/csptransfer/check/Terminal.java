package org.csptransfer.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal, which Java does not say directly. */
final class Terminal {

  private Terminal() {}

  /**
   * Tells whether standard error is a terminal: on Linux, file descriptor 2 links to a terminal
   * device; elsewhere, whether the JVM has a console.
   */
  static boolean isStderrATerminal() {
    Path stderr = Path.of("/proc/self/fd/2");
    try {
      if (Files.exists(stderr)) {
        String target = Files.readSymbolicLink(stderr).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // Falls through to the console.
    }
    return System.console() != null;
  }
}
