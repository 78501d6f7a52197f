package org.csptransfer.check;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/** One run of the command as a user runs it: arguments and stdin in, stdout, stderr, status out. */
final class CommandRun {

  final int status;
  final String out;
  final String err;

  private CommandRun(int status, String out, String err) {
    this.status = status;
    this.out = out;
    this.err = err;
  }

  static CommandRun of(String... args) {
    return withInput(new ByteArrayInputStream(new byte[0]), args);
  }

  static CommandRun withInput(InputStream in, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        TransferCheck.run(
            args, in, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8), false);
    return new CommandRun(status, out.toString(UTF_8), err.toString(UTF_8));
  }

  List<String> errLines() {
    return err.isEmpty()
        ? List.of()
        : List.of(err.split("\n", -1))
            .subList(0, err.split("\n", -1).length - (err.endsWith("\n") ? 1 : 0));
  }

  List<String> outLines() {
    return out.lines().toList();
  }
}
