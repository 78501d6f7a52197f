package org.csptransfer.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The whole-process figure: {@code transfer-check} on one bundled scenario, JVM start included,
 * against a JVM printing "hi", in paired runs (one of each, in turn, so that the machine's load
 * falls on both alike), reported as medians. Run from the repository's root, after the build.
 */
final class StartUp {

  /** A scenario the README checks: approved with actions, a runbook, one source. */
  static final String SCENARIO = "transfer-examples/scenarios/renewal-left-on-pays-twice.json";

  static final Path JAR = Path.of("transfer-check", "target", "transfer-check.jar");
  static final Path LAUNCHER = Path.of("transfer-check", "transfer-check");

  /** The class-data-sharing archive the build makes beside the jar, which the launcher uses. */
  static final Path ARCHIVE = Path.of("transfer-check", "target", "transfer-check.jsa");

  /** Medians of one way of starting: wall and CPU seconds. */
  record Figure(String what, double wallSeconds, double cpuSeconds) {}

  private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
  private final Path hello;

  private StartUp(Path hello) {
    this.hello = hello;
  }

  /**
   * Measures the figures.
   *
   * @param pairs how many runs of each
   * @return hi, the jar, and the launcher with its class-data-sharing archive (when built)
   * @throws IOException if a process cannot start
   * @throws InterruptedException if interrupted while waiting for one
   */
  static List<Figure> measure(int pairs) throws IOException, InterruptedException {
    Path classes = Files.createTempDirectory("startup");
    Path file = classes.resolve("org/csptransfer/benchmarks/Hello.class");
    Files.createDirectories(file.getParent());
    try (InputStream in = Hello.class.getResourceAsStream("Hello.class")) {
      Files.write(file, in.readAllBytes());
    }
    return new StartUp(classes).run(pairs);
  }

  private List<Figure> run(int pairs) throws IOException, InterruptedException {
    List<List<String>> commands = new ArrayList<>();
    commands.add(List.of(java, "-cp", hello.toString(), Hello.class.getName()));
    commands.add(List.of(java, "-jar", JAR.toString(), SCENARIO));
    if (Files.exists(ARCHIVE)) {
      commands.add(List.of(LAUNCHER.toString(), SCENARIO));
    }
    List<List<Double>> wall = new ArrayList<>();
    List<List<Double>> cpu = new ArrayList<>();
    for (int c = 0; c < commands.size(); c++) {
      wall.add(new ArrayList<>());
      cpu.add(new ArrayList<>());
      // Warm the file cache; not counted.
      time(commands.get(c));
    }
    for (int pair = 0; pair < pairs; pair++) {
      for (int c = 0; c < commands.size(); c++) {
        double[] measured = time(commands.get(c));
        wall.get(c).add(measured[0]);
        cpu.get(c).add(measured[1]);
      }
    }
    List<Figure> figures = new ArrayList<>();
    String[] names = {
      "a JVM printing \"hi\"",
      "java -jar transfer-check.jar SCENARIO",
      "transfer-check/transfer-check SCENARIO (class-data-sharing archive)"
    };
    for (int c = 0; c < commands.size(); c++) {
      figures.add(new Figure(names[c], median(wall.get(c)), median(cpu.get(c))));
    }
    return figures;
  }

  /** Wall and CPU seconds of one run; CPU from the children's times Linux counts, else NaN. */
  private static double[] time(List<String> command) throws IOException, InterruptedException {
    double cpuBefore = childrenCpuSeconds();
    long start = System.nanoTime();
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    int status = process.waitFor();
    long end = System.nanoTime();
    if (status > 1) {
      throw new IOException(String.join(" ", command) + " ended with status " + status);
    }
    return new double[] {(end - start) / 1e9, childrenCpuSeconds() - cpuBefore};
  }

  /** The CPU time of this process's waited-for children (/proc/self/stat, fields 16 and 17). */
  private static double childrenCpuSeconds() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ", -1);
      // Fields after the command: state is field 3, so cutime (16) and cstime (17) sit at 13, 14.
      long ticks = Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
      return ticks / 100.0; // USER_HZ is 100 on Linux.
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /**
   * Renders the figures as a table, each against the JVM printing "hi".
   *
   * @param figures the figures, hi first
   * @param pairs how many runs each had
   * @return the table
   */
  static String table(List<Figure> figures, int pairs) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%nStart-up: the whole process on one scenario, median of %d paired runs%n%n",
            pairs));
    out.append("| process | wall s | CPU s | wall / hi |\n|---|---:|---:|---:|\n");
    double hi = figures.get(0).wallSeconds();
    for (Figure figure : figures) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %.3f | %.2f | %.1f |%n",
              figure.what(),
              figure.wallSeconds(),
              figure.cpuSeconds(),
              figure.wallSeconds() / hi));
    }
    return out.toString();
  }
}
