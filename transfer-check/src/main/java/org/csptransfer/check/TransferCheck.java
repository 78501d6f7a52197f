package org.csptransfer.check;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.csptransfer.catalog.MicrosoftLicensing;
import org.csptransfer.check.report.CheckedInput;
import org.csptransfer.check.report.HtmlReport;
import org.csptransfer.check.report.Labels;
import org.csptransfer.check.report.TextReport;
import org.csptransfer.core.Scenario;
import org.csptransfer.json.DecisionWriter;
import org.csptransfer.json.ScenarioReader;
import org.csptransfer.rules.RunbookCalendar;
import org.csptransfer.rules.TransitionDecision;
import org.csptransfer.rules.TransitionPipeline;
import org.csptransfer.rules.Verdict;
import org.csptransfer.rules.planning.ProposedPlan;
import org.csptransfer.rules.planning.TransitionPlanner;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code transfer-check} command: evaluates scenario files, or a book of them, and prints a
 * report or JSON; {@code import} writes a scenario from a tenant's Graph and Partner Center bodies.
 *
 * <pre>
 * java -jar transfer-check/target/transfer-check.jar [--plan] [--json] [--lang fr] [--html FILE] [--calendar FILE] FILE|DIR ...
 * java -jar transfer-check/target/transfer-check.jar [--plan] [--lang fr] --book FILE.jsonl|-
 * java -jar transfer-check/target/transfer-check.jar import --subscribed-skus FILE --subscriptions FILE ...
 * </pre>
 *
 * <p>Exit status, the highest over all inputs: 0 every plan approved (with or without actions), 1
 * at least one rejected, 2 an input could not be read. An unreadable input gives one line on stderr
 * naming the file, the JSON path and the problem, and nothing on stdout for that input; the other
 * inputs are still evaluated. The command never lets an exception escape: a failure of its own is
 * one line too, naming the input, and exit status 2.
 */
@Command(
    name = "transfer-check",
    mixinStandardHelpOptions = true,
    versionProvider = TransferCheck.Version.class,
    subcommands = ImportCommand.class,
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

  @Mixin private LanguageOption language = new LanguageOption();

  @Option(
      names = "--html",
      paramLabel = "FILE",
      description = "Also write one self-contained HTML report of all the scenarios to FILE.")
  private @Nullable String html;

  @Option(
      names = "--text",
      description =
          "With --html or --calendar, also print the text report (default: one summary line).")
  private boolean text;

  @Option(
      names = "--calendar",
      paramLabel = "FILE",
      description =
          "Also write the runbooks of all the scenarios as one iCalendar file (RFC 5545): an"
              + " all-day event per dated step, a to-do per undated one.")
  private @Nullable String calendar;

  @Option(
      names = "--book",
      paramLabel = "FILE.jsonl",
      description =
          "Evaluate a book: one scenario per line (JSON Lines, - for stdin), one decision line out"
              + " per line, in order, on all cores; a summary on stderr.")
  private @Nullable String book;

  @Option(
      names = "--progress",
      negatable = true,
      description = "Show a book's progress on stderr (default: when stderr is a terminal).")
  private @Nullable Boolean progress;

  @Parameters(
      arity = "0..*",
      paramLabel = "FILE|DIR",
      description = "Scenario files or directories.")
  private List<String> inputs = new ArrayList<>();

  private final PrintStream out;
  private final PrintStream err;
  private final boolean colour;
  private final InputStream in;

  private TransferCheck(InputStream in, PrintStream out, PrintStream err, boolean colour) {
    this.in = in;
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
    PrintStream out = new PrintStream(System.out, false, UTF_8);
    PrintStream err = new PrintStream(System.err, true, UTF_8);
    int status = run(args, System.in, out, err, CommandLine.Help.Ansi.AUTO.enabled());
    out.flush();
    System.exit(status);
  }

  /**
   * Runs the command.
   *
   * @param args the command line
   * @param in where a book read from {@code -} comes from
   * @param out where reports and JSON go
   * @param err where errors, notes and summaries go
   * @param colour whether to colour the report
   * @return the exit status
   */
  public static int run(
      String[] args, InputStream in, PrintStream out, PrintStream err, boolean colour) {
    CommandLine command = new CommandLine(new TransferCheck(in, out, err, colour));
    command.setOut(new PrintWriter(out, true, UTF_8));
    command.setErr(new PrintWriter(err, true, UTF_8));
    command.setCaseInsensitiveEnumValuesAllowed(true);
    command.setExecutionExceptionHandler(
        (exception, line, parsed) -> {
          err.println(
              "transfer-check: internal error of csp-transfer (please report it): "
                  + exception.getClass().getName());
          return UNREADABLE;
        });
    // A usage error is one line naming the option and the expected form, not the whole help.
    command.registerConverter(LocalDate.class, TransferCheck::date);
    command.setParameterExceptionHandler(
        (exception, arguments) -> {
          err.println(
              Labels.safe("transfer-check: " + exception.getMessage())
                  + " (see transfer-check --help)");
          return UNREADABLE;
        });
    int status;
    try {
      status = command.execute(args);
    } catch (Error e) {
      // Out of memory or stack: one line and status 2, never a stack trace.
      err.println("transfer-check: cannot go on: " + e.getClass().getSimpleName());
      return UNREADABLE;
    }
    if (out.checkError()) {
      err.println("(stdout): cannot be written");
      return UNREADABLE;
    }
    return status;
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(
          "expected a date YYYY-MM-DD, got '" + Labels.safe(text) + "'");
    }
  }

  /**
   * Runs the command, reading a book from the standard input.
   *
   * @param args the command line
   * @param out where reports and JSON go
   * @param err where errors go
   * @param colour whether to colour the report
   * @return the exit status
   */
  public static int run(String[] args, PrintStream out, PrintStream err, boolean colour) {
    return run(args, System.in, out, err, colour);
  }

  PrintStream out() {
    return out;
  }

  PrintStream err() {
    return err;
  }

  Locale locale() {
    return language.locale(null);
  }

  /** Returns the language option, which a subcommand's own {@code --lang} falls back on. */
  LanguageOption language() {
    return language;
  }

  @Override
  public Integer call() {
    String bookFile = book;
    if (bookFile != null) {
      if (!inputs.isEmpty() || html != null || calendar != null || json) {
        err.println(
            "transfer-check: --book takes no FILE, --html, --calendar or --json (a book is JSON"
                + " Lines)");
        return UNREADABLE;
      }
      return book(bookFile);
    }
    if (inputs.isEmpty()) {
      err.println("transfer-check: give scenario files or directories, or --book FILE.jsonl");
      return UNREADABLE;
    }
    return files();
  }

  private ScenarioReader reader() {
    // Microsoft's SKU table is loaded only if a scenario names a SKU: most start faster without.
    return ScenarioReader.builder().skus(MicrosoftLicensing::skus).build();
  }

  private int files() {
    List<Path> files = new ArrayList<>();
    int status = APPROVED;
    for (String input : inputs) {
      try {
        files.addAll(ScenarioFiles.expand(input));
      } catch (InputError e) {
        err.println(e.line());
        status = UNREADABLE;
      }
    }
    boolean several = files.size() > 1;
    ScenarioReader reader = reader();
    Locale locale = locale();
    DecisionWriter writer = DecisionWriter.builder().locale(locale).prettyPrinted(!several).build();
    TextReport report = TextReport.of(colour, locale);
    // Only the HTML page needs every scenario kept to the end; the calendar takes runbooks as they
    // come, and the summary counts.
    List<CheckedInput> checked = new ArrayList<>();
    RunbookCalendar.Builder runbooks = RunbookCalendar.builder().locale(locale);
    Map<Verdict, Integer> counts = new java.util.EnumMap<>(Verdict.class);
    int unreadable = 0;
    boolean first = true;
    // Reports written to files: stdout only says what was checked, unless the text is asked for.
    boolean quiet = !json && !text && (html != null || calendar != null);
    for (Path file : files) {
      String name = file.toString();
      String printed;
      Verdict verdict;
      try {
        Scenario scenario = ScenarioFiles.read(reader, file);
        if (plan) {
          ProposedPlan proposed =
              TransitionPlanner.of(TransitionPipeline.standard(scenario)).plan(scenario.request());
          verdict = proposed.decision().verdict();
          printed =
              quiet
                  ? ""
                  : json
                      ? json(name, proposed, writer, several)
                      : report.withOffers(scenario.offers()).render(name, proposed);
          keep(checked, CheckedInput.planned(name, proposed).withOffers(scenario.offers()));
          if (calendar != null) {
            runbooks.add(name, proposed.request(), proposed.decision());
          }
        } else {
          TransitionDecision decision =
              TransitionPipeline.standard(scenario).evaluate(scenario.request());
          verdict = decision.verdict();
          printed =
              quiet
                  ? ""
                  : json
                      ? json(name, decision, writer, several)
                      : report
                          .withOffers(scenario.offers())
                          .render(name, scenario.request(), decision);
          keep(
              checked,
              CheckedInput.evaluated(name, scenario.request(), decision)
                  .withOffers(scenario.offers()));
          if (calendar != null) {
            runbooks.add(name, scenario.request(), decision);
          }
        }
      } catch (InputError e) {
        err.println(e.line());
        keep(checked, CheckedInput.unreadable(name, e.line()));
        unreadable++;
        status = Math.max(status, UNREADABLE);
        continue;
      } catch (IOException | RuntimeException e) {
        InputError bug =
            new InputError(
                name,
                "internal error of csp-transfer (please report it): " + e.getClass().getName());
        err.println(bug.line());
        keep(checked, CheckedInput.unreadable(name, bug.line()));
        unreadable++;
        status = Math.max(status, UNREADABLE);
        continue;
      }
      counts.merge(verdict, 1, Integer::sum);
      status = Math.max(status, verdict == Verdict.REJECTED ? REJECTED : APPROVED);
      if (quiet) {
        continue;
      }
      if (!json && !first) {
        out.println();
      }
      first = false;
      out.print(printed);
      out.flush();
    }
    String page = html;
    if (page != null) {
      status = Math.max(status, writeHtml(page, checked));
    }
    String ics = calendar;
    if (ics != null) {
      status = Math.max(status, writeCalendar(ics, runbooks));
    }
    if (quiet) {
      out.println(Labels.safe(summary(counts, unreadable)));
      out.flush();
    }
    return status;
  }

  /** Keeps an input for the HTML page, the one output that shows every input at its end. */
  private void keep(List<CheckedInput> checked, CheckedInput input) {
    if (html != null) {
      checked.add(input);
    }
  }

  /** One line: how many inputs were checked and their verdicts. */
  private String summary(Map<Verdict, Integer> counts, int unreadable) {
    int count = unreadable;
    for (int verdicts : counts.values()) {
      count += verdicts;
    }
    Map<String, Object> arguments = new LinkedHashMap<>();
    arguments.put("count", count);
    arguments.put("approved", counts.getOrDefault(Verdict.APPROVED, 0));
    arguments.put("withActions", counts.getOrDefault(Verdict.APPROVED_WITH_ACTIONS, 0));
    arguments.put("rejected", counts.getOrDefault(Verdict.REJECTED, 0));
    arguments.put("errors", unreadable);
    return Labels.of(locale()).text("report.checked", arguments);
  }

  private int writeCalendar(String file, RunbookCalendar.Builder runbooks) {
    try {
      OutputFile.write(file, runbooks.write());
      return APPROVED;
    } catch (InputError e) {
      err.println(e.line());
      return UNREADABLE;
    }
  }

  private int writeHtml(String page, List<CheckedInput> checked) {
    try {
      HtmlReport report = new HtmlReport(Labels.of(locale()), version());
      OutputFile.write(page, out -> report.write(checked, out));
      return APPROVED;
    } catch (InputError e) {
      err.println(e.line());
      return UNREADABLE;
    }
  }

  private int book(String file) {
    boolean shown = progress != null ? progress : Terminal.isStderrATerminal();
    Book books =
        new Book(
            reader(),
            DecisionWriter.builder().locale(locale()).build(),
            Labels.of(locale()),
            plan,
            Runtime.getRuntime().availableProcessors());
    Writer lines = new BufferedWriter(new OutputStreamWriter(out, UTF_8), 1 << 16);
    if (file.equals("-")) {
      try {
        return books.run(in, -1, lines, err, shown);
      } catch (IOException e) {
        err.println(new InputError("-", "cannot be read: " + e.getMessage()).line());
        return UNREADABLE;
      }
    }
    if (file.isEmpty()) {
      err.println(new InputError("''", "an empty argument names no file").line());
      return UNREADABLE;
    }
    try {
      Path path = Path.of(file);
      if (Files.isDirectory(path)) {
        err.println(new InputError(file, "(file): a directory, not a book").line());
        return UNREADABLE;
      }
      try (InputStream stream = Files.newInputStream(path)) {
        return books.run(stream, Files.size(path), lines, err, shown);
      }
    } catch (java.nio.file.NoSuchFileException e) {
      err.println(new InputError(file, "(file): no such file").line());
    } catch (java.nio.file.AccessDeniedException e) {
      err.println(new InputError(file, "(file): permission denied").line());
    } catch (IOException | java.nio.file.InvalidPathException e) {
      err.println(new InputError(file, "(file): cannot be read: " + e.getMessage()).line());
    }
    return UNREADABLE;
  }

  private static String json(
      String file, TransitionDecision decision, DecisionWriter writer, boolean several)
      throws IOException {
    StringWriter text = new StringWriter();
    writer.write(leading(file, several), decision, text);
    return text.append(System.lineSeparator()).toString();
  }

  private static String json(String file, ProposedPlan plan, DecisionWriter writer, boolean several)
      throws IOException {
    StringWriter text = new StringWriter();
    writer.write(leading(file, several), plan, text);
    return text.append(System.lineSeparator()).toString();
  }

  /** Several files: each line says which file it is the decision of. */
  private static Map<String, Object> leading(String file, boolean several) {
    Map<String, Object> leading = new LinkedHashMap<>();
    if (several) {
      leading.put("file", file);
    }
    return leading;
  }

  private static String version() {
    String version = TransferCheck.class.getPackage().getImplementationVersion();
    return version == null ? "(development build)" : version;
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"transfer-check " + version()};
    }
  }
}
