package org.csptransfer.check;

import java.io.Console;
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
    return consoleIsTerminal();
  }

  /**
   * Whether the JVM's console is a terminal. Before JDK 22 a console exists only when it is one;
   * from JDK 22 one always exists and says whether it is one ({@code isTerminal()}, called
   * reflectively since the command is compiled for Java 17).
   */
  @SuppressWarnings("SystemConsoleNull") // null is still "no console"; isTerminal() is asked next
  private static boolean consoleIsTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException e) {
      return true; // JDK 17 to 21: a console is a terminal
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }
}
