package org.csptransfer.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.csptransfer.check.TransferCheck;
import org.csptransfer.core.Scenario;
import org.csptransfer.core.TransitionPolicy;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.json.ScenarioWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

/**
 * A whole book through the command, end to end, on all cores: {@code transfer-check --book -} reads
 * 100,000 scenario lines (customers of 1 to 20 sources, from a fixed seed), evaluates them and
 * writes one decision line each. Next to it, the practical limit of that path: Jackson alone
 * parsing every line into a tree and writing it back, on all cores, with no evaluation. Customers
 * per second = customers / time per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 3, time = 5)
public class BookBenchmark {

  /** Creates the benchmark state; JMH calls it once per trial. */
  public BookBenchmark() {}

  /** Customers in the book. */
  @Param({"100000"})
  public int customers;

  private byte[] book = new byte[0];
  private int[] starts = new int[0];
  private final JsonMapper jackson = JsonMapper.builder().build();
  private static final PrintStream NOWHERE = new PrintStream(OutputStream.nullOutputStream());

  /** Writes the book: one scenario per line. */
  @Setup(Level.Trial)
  public void setUp() {
    ByteArrayOutputStream lines = new ByteArrayOutputStream(customers * 4096);
    List<Integer> offsets = new ArrayList<>(customers + 1);
    for (TransitionRequest request : Workloads.portfolio(customers, 7L)) {
      offsets.add(lines.size());
      String line =
          ScenarioWriter.oneLine()
              .write(Scenario.of(request, Workloads.offers(), TransitionPolicy.defaults()));
      lines.writeBytes(line.getBytes(UTF_8));
      lines.write('\n');
    }
    offsets.add(lines.size());
    book = lines.toByteArray();
    starts = offsets.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Returns the book's size in bytes, for the table. */
  long bytes() {
    return book.length;
  }

  /**
   * The command: {@code transfer-check --book -}, decisions written to nowhere.
   *
   * @return the exit status, so that nothing is optimized away
   */
  @Benchmark
  public int transferCheckBook() {
    return TransferCheck.run(
        new String[] {"--book", "-", "--no-progress"},
        new ByteArrayInputStream(book),
        NOWHERE,
        NOWHERE,
        false);
  }

  /**
   * Jackson's own parse and write of every line, on all cores: the limit of the JSON path.
   *
   * @return the characters written, so that nothing is optimized away
   */
  @Benchmark
  public long jacksonParseAndWrite() {
    return IntStream.range(0, starts.length - 1)
        .parallel()
        .mapToLong(
            line -> {
              int start = starts[line];
              int length = starts[line + 1] - start - 1;
              return jackson.writeValueAsString(jackson.readTree(book, start, length)).length();
            })
        .sum();
  }
}
