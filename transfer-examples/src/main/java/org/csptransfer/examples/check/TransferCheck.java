package org.csptransfer.examples.check;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.csptransfer.rules.TransitionDecision;
import org.csptransfer.rules.Verdict;
import org.csptransfer.rules.planning.ProposedPlan;
import org.csptransfer.rules.planning.TransitionPlanner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code transfer-check} command: evaluates scenario files and prints a report or JSON.
 *
 * <pre>
 * java -jar transfer-examples/target/transfer-check.jar [--plan] [--json] FILE|DIR ...
 * </pre>
 *
 * <p>With {@code --plan} the files' targets are ignored: the planner proposes a plan for each
 * customer's current subscriptions, and the status is that of the proposed plan's decision.
 *
 * <p>Exit status, the highest over all files: 0 every plan approved (with or without actions), 1 at
 * least one rejected, 2 an input could not be read. An unreadable input gives one line on stderr
 * naming the file, the JSON path and the problem, and nothing on stdout for that file; the other
 * files are still evaluated.
 */
@Command(
    name = "transfer-check",
    mixinStandardHelpOptions = true,
    versionProvider = TransferCheck.Version.class,
    description = {
      "Checks plans to move a customer's Microsoft 365 subscriptions to a CSP partner.",
      "Each FILE is a scenario (one transition request as JSON); a DIR stands for its *.json"
          + " files."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every plan approved (with or without actions)",
      "1:at least one plan rejected",
      "2:an input could not be read (or a usage error)"
    })
public final class TransferCheck implements Callable<Integer> {

  /** Exit status when every plan is approved. */
  static final int APPROVED = 0;

  /** Exit status when a plan is rejected. */
  static final int REJECTED = 1;

  /** Exit status when an input cannot be read. */
  static final int UNREADABLE = 2;

  @Option(
      names = "--json",
      description = "Print each decision as JSON: one object, or one per line for several files.")
  private boolean json;

  @Option(
      names = "--plan",
      description =
          "Ignore the files' targets: propose a plan for each customer's current subscriptions and"
              + " evaluate it.")
  private boolean plan;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE|DIR",
      description = "Scenario files or directories.")
  private List<Path> inputs = new ArrayList<>();

  private final PrintStream out;
  private final PrintStream err;
  private final boolean colour;

  private TransferCheck(PrintStream out, PrintStream err, boolean colour) {
    this.out = out;
    this.err = err;
    this.colour = colour;
  }

  /**
   * Runs the command and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err, CommandLine.Help.Ansi.AUTO.enabled()));
  }

  /**
   * Runs the command.
   *
   * @param args the command line
   * @param out where reports and JSON go
   * @param err where errors go
   * @param colour whether to colour the report
   * @return the exit status
   */
  public static int run(String[] args, PrintStream out, PrintStream err, boolean colour) {
    CommandLine command = new CommandLine(new TransferCheck(out, err, colour));
    command.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    command.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    return command.execute(args);
  }

  @Override
  public Integer call() {
    List<Path> files = new ArrayList<>();
    int status = APPROVED;
    for (Path input : inputs) {
      try {
        files.addAll(scenarioFiles(input));
      } catch (ScenarioException e) {
        err.println(oneLine(input + ": " + e.getMessage()));
        status = UNREADABLE;
      }
    }
    boolean several = files.size() > 1;
    ScenarioReader reader = ScenarioReader.standard();
    TextReport report = TextReport.of(colour);
    boolean first = true;
    for (Path file : files) {
      Scenario scenario;
      try {
        scenario = read(reader, file);
      } catch (ScenarioException e) {
        err.println(oneLine(file + ": " + e.getMessage()));
        status = Math.max(status, UNREADABLE);
        continue;
      }
      if (!json && !first) {
        out.println();
      }
      first = false;
      TransitionDecision decision;
      if (plan) {
        ProposedPlan proposed = TransitionPlanner.of(scenario.pipeline()).plan(scenario.request());
        decision = proposed.decision();
        out.print(
            json
                ? json(file, DecisionJson.toJson(proposed), several)
                : report.render(file.toString(), proposed));
      } else {
        decision = scenario.pipeline().evaluate(scenario.request());
        out.print(
            json
                ? json(file, DecisionJson.toJson(decision), several)
                : report.render(file.toString(), scenario.request(), decision));
      }
      status = Math.max(status, decision.verdict() == Verdict.REJECTED ? REJECTED : APPROVED);
    }
    return status;
  }

  private static Scenario read(ScenarioReader reader, Path file) {
    try {
      return reader.read(file);
    } catch (NoSuchFileException e) {
      throw new ScenarioException("(file)", "no such file");
    } catch (AccessDeniedException e) {
      throw new ScenarioException("(file)", "permission denied");
    } catch (IOException e) {
      throw new ScenarioException("(file)", "cannot be read: " + e.getMessage());
    }
  }

  /** A file stands for itself; a directory for its *.json files, by name. */
  private static List<Path> scenarioFiles(Path input) {
    if (!Files.isDirectory(input)) {
      return List.of(input);
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(input, "*.json")) {
      entries.forEach(files::add);
    } catch (IOException e) {
      throw new ScenarioException("(directory)", "cannot be read: " + e.getMessage());
    }
    if (files.isEmpty()) {
      throw new ScenarioException("(directory)", "holds no *.json file");
    }
    files.sort(null);
    return files;
  }

  /** An error is one line on stderr, whatever line breaks a parser's message holds. */
  private static String oneLine(String message) {
    return message.replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }

  /** The file's name first, then the result; one line when several files are evaluated. */
  private static String json(Path file, ObjectNode result, boolean oneLine) {
    ObjectNode json = ScenarioReader.mapper().createObjectNode();
    json.put("file", file.toString());
    json.setAll(result);
    return (oneLine
            ? ScenarioReader.mapper().writeValueAsString(json)
            : ScenarioReader.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json))
        + System.lineSeparator();
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = TransferCheck.class.getPackage().getImplementationVersion();
      return new String[] {"transfer-check " + (version == null ? "(development build)" : version)};
    }
  }
}
