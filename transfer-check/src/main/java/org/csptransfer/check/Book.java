package org.csptransfer.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.csptransfer.check.report.Labels;
import org.csptransfer.core.Money;
import org.csptransfer.core.Scenario;
import org.csptransfer.json.DecisionWriter;
import org.csptransfer.json.ScenarioException;
import org.csptransfer.json.ScenarioReader;
import org.csptransfer.json.internal.Printable;
import org.csptransfer.rules.Finding;
import org.csptransfer.rules.SourceTimeline;
import org.csptransfer.rules.TransitionDecision;
import org.csptransfer.rules.TransitionPipeline;
import org.csptransfer.rules.Verdict;
import org.csptransfer.rules.planning.ProposedPlan;
import org.csptransfer.rules.planning.TransitionPlanner;
import org.jspecify.annotations.Nullable;

/**
 * A book: JSON Lines in, one scenario per line, one decision line out per input line, in input
 * order (CONTRACT.md, "Books"). Lines are evaluated on all cores while they are read; the lines in
 * flight are bounded (in number and in bytes), so memory does not grow with the book. A line that
 * cannot be read gives {@code {"line": N, "error": "field: problem"}} and the others go on.
 */
final class Book {

  /** The longest line read, in bytes; a longer one is an error line, skipped without holding it. */
  static final int MAX_LINE_BYTES = 8 * 1024 * 1024;

  /** The bytes of lines read but not yet written. */
  private static final int BYTES_IN_FLIGHT = 16 * 1024 * 1024;

  private static final int TOP_CODES = 10;
  private static final long PROGRESS_EVERY_NANOS = 200_000_000L;

  private final ScenarioReader reader;
  private final DecisionWriter writer;
  private final Labels labels;
  private final boolean plan;
  private final int threads;

  Book(ScenarioReader reader, DecisionWriter writer, Labels labels, boolean plan, int threads) {
    this.reader = reader;
    this.writer = writer;
    this.labels = labels;
    this.plan = plan;
    this.threads = threads;
  }

  /** What became of one line. */
  private static final class LineResult {
    final String json;
    final long bytes;
    final @Nullable Verdict verdict;
    final List<String> codes;
    final List<Money> forfeited;

    LineResult(
        String json,
        long bytes,
        @Nullable Verdict verdict,
        List<String> codes,
        List<Money> forfeited) {
      this.json = json;
      this.bytes = bytes;
      this.verdict = verdict;
      this.codes = codes;
      this.forfeited = forfeited;
    }
  }

  /**
   * Evaluates a book.
   *
   * @param in the lines; read to the end, not closed
   * @param size the number of bytes, for the time left, or -1 when unknown
   * @param out where decision lines go; flushed, not closed
   * @param err where progress and the summary go
   * @param progress whether to show progress
   * @return the exit status: 2 if a line could not be read, else 1 if a plan is rejected, else 0
   * @throws IOException if reading or writing fails
   */
  int run(InputStream in, long size, Writer out, PrintStream err, boolean progress)
      throws IOException {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread = new Thread(task, "book-evaluation");
              thread.setDaemon(true);
              return thread;
            });
    BlockingQueue<Future<LineResult>> pending = new ArrayBlockingQueue<>(threads * 64);
    Semaphore inFlight = new Semaphore(BYTES_IN_FLIGHT);
    Summary summary = new Summary();
    Progress meter = new Progress(err, progress, size);
    CompletableFuture<Void> written =
        CompletableFuture.runAsync(
            () -> write(pending, inFlight, out, summary, meter),
            Executors.newSingleThreadExecutor(
                task -> {
                  Thread thread = new Thread(task, "book-writer");
                  thread.setDaemon(true);
                  return thread;
                }));
    IOException unreadable = null;
    try {
      LineReader lines = new LineReader(in);
      long number = 0;
      Line line;
      while ((line = nextOrNull(lines)) != null) {
        long lineNumber = ++number;
        Line read = line;
        int permits = (int) Math.min(read.length(), BYTES_IN_FLIGHT);
        inFlight.acquireUninterruptibly(permits);
        Future<LineResult> result = pool.submit(() -> evaluate(lineNumber, read));
        putUninterruptibly(pending, result);
        if (written.isDone()) {
          break; // the writer failed: stop reading
        }
      }
    } catch (java.io.UncheckedIOException e) {
      // The lines read so far are still written, in order, before the error is told.
      unreadable = e.getCause();
    } finally {
      putUninterruptibly(pending, CompletableFuture.completedFuture(null));
      pool.shutdown();
    }
    try {
      written.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof java.io.UncheckedIOException io) {
        throw io.getCause();
      }
      throw e;
    }
    if (unreadable != null) {
      throw unreadable;
    }
    meter.clear();
    summary.print(err, labels);
    return summary.status();
  }

  private static @Nullable Line nextOrNull(LineReader lines) {
    try {
      return lines.next();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static <T> void putUninterruptibly(BlockingQueue<T> queue, T element) {
    boolean interrupted = false;
    while (true) {
      try {
        queue.put(element);
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void write(
      BlockingQueue<Future<LineResult>> pending,
      Semaphore inFlight,
      Writer out,
      Summary summary,
      Progress meter) {
    try {
      while (true) {
        LineResult result = take(pending);
        if (result == null) {
          break;
        }
        out.write(result.json);
        out.write('\n');
        inFlight.release((int) Math.min(result.bytes, BYTES_IN_FLIGHT));
        summary.add(result);
        meter.update(summary.lines, result.bytes);
      }
      out.flush();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static @Nullable LineResult take(BlockingQueue<Future<LineResult>> pending) {
    try {
      return pending.take().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a line's evaluation failed", e.getCause());
    }
  }

  /** Reads, evaluates and writes one line; never throws. */
  private LineResult evaluate(long number, Line line) {
    Map<String, Object> leading = Map.of("line", number);
    StringWriter json = new StringWriter(2048);
    try {
      Scenario scenario = reader.read(line.bytes());
      TransitionDecision decision;
      if (plan) {
        ProposedPlan proposed =
            TransitionPlanner.of(TransitionPipeline.standard(scenario)).plan(scenario.request());
        decision = proposed.decision();
        writer.write(leading, proposed, json);
      } else {
        decision = TransitionPipeline.standard(scenario).evaluate(scenario.request());
        writer.write(leading, decision, json);
      }
      List<String> codes = new ArrayList<>(decision.findings().size());
      for (Finding finding : decision.findings()) {
        codes.add(finding.code());
      }
      List<Money> forfeited = new ArrayList<>(0);
      for (SourceTimeline source : decision.timeline()) {
        source.forfeitedValue().ifPresent(forfeited::add);
      }
      return new LineResult(json.toString(), line.length(), decision.verdict(), codes, forfeited);
    } catch (ScenarioException | LineException e) {
      return error(leading, String.valueOf(e.getMessage()), line.length());
    } catch (IOException | RuntimeException e) {
      return error(
          leading,
          "internal error of csp-transfer (please report it): " + e.getClass().getName(),
          line.length());
    }
  }

  private LineResult error(Map<String, Object> leading, String problem, long bytes) {
    StringWriter json = new StringWriter(256);
    try {
      writer.writeError(leading, Printable.escape(problem, InputError.MAX_LINE), json);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // a string writer does not fail
    }
    return new LineResult(json.toString(), bytes, null, List.of(), List.of());
  }

  /** A line that cannot be read as text. */
  private static final class LineException extends Exception {
    private static final long serialVersionUID = 1L;

    LineException(String message) {
      super(message);
    }
  }

  /** One input line: its bytes, or why they are not kept. */
  private static final class Line {
    private final byte @Nullable [] bytes;
    private final long length;
    private final @Nullable String problem;

    private Line(byte @Nullable [] bytes, long length, @Nullable String problem) {
      this.bytes = bytes;
      this.length = length;
      this.problem = problem;
    }

    long length() {
      return length;
    }

    /** The line's bytes; the reader checks that they are UTF-8. */
    byte[] bytes() throws LineException {
      if (problem != null || bytes == null) {
        throw new LineException(String.valueOf(problem));
      }
      return bytes;
    }
  }

  /** Splits bytes into lines at '\\n', holding at most {@link #MAX_LINE_BYTES} of one line. */
  static final class LineReader {
    /**
     * How far past an over-long line's limit the reader looks for its end before it gives the book
     * up: a stream with no line break at all ({@code /dev/zero}) must end, not spin forever.
     */
    static final long MAX_SKIPPED_BYTES = 8L * MAX_LINE_BYTES;

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private boolean skipping;

    LineReader(InputStream in) {
      this.in = in;
    }

    /**
     * Reads the next line, without its line break ('\\n' or "\\r\\n"); null at the end. A line
     * longer than {@link #MAX_LINE_BYTES} (its '\\r' before '\\n' not counted) is reported as soon
     * as it passes the limit; its rest is then skipped.
     *
     * @throws IOException if the input cannot be read, or an over-long line has no end within
     *     {@link #MAX_SKIPPED_BYTES}
     */
    @Nullable Line next() throws IOException {
      if (skipping) {
        skipRestOfLine();
      }
      java.io.ByteArrayOutputStream line = null;
      long length = 0;
      while (true) {
        if (position == limit) {
          if (!fill()) {
            return length == 0 && line == null ? null : line(line, length);
          }
        }
        int start = position;
        while (position < limit && buffer[position] != '\n') {
          position++;
        }
        int chunk = position - start;
        // One byte more than the limit is kept: it may be the '\r' of a "\r\n".
        if (length + chunk > MAX_LINE_BYTES + 1) {
          boolean ended = position < limit;
          if (ended) {
            position++;
          } else {
            skipping = true;
          }
          return tooLong();
        }
        if (line == null) {
          line = new java.io.ByteArrayOutputStream(Math.max(64, chunk));
        }
        line.write(buffer, start, chunk);
        length += chunk;
        if (position < limit) {
          position++; // the line break
          return line(line, length);
        }
      }
    }

    private boolean fill() throws IOException {
      int read = in.read(buffer, 0, buffer.length);
      position = 0;
      limit = Math.max(read, 0);
      // A stream that gives nothing more is at its end, whatever read returned.
      return read > 0;
    }

    private void skipRestOfLine() throws IOException {
      long skipped = 0;
      while (true) {
        if (position == limit && !fill()) {
          skipping = false;
          return;
        }
        while (position < limit && buffer[position] != '\n') {
          position++;
          skipped++;
        }
        if (position < limit) {
          position++;
          skipping = false;
          return;
        }
        if (skipped > MAX_SKIPPED_BYTES) {
          throw new IOException(
              "a line longer than " + (MAX_LINE_BYTES + MAX_SKIPPED_BYTES) + " bytes has no end");
        }
      }
    }

    private static Line tooLong() {
      return new Line(
          null,
          MAX_LINE_BYTES + 1L,
          "(document): the line is longer than the " + MAX_LINE_BYTES + " bytes allowed");
    }

    private static Line line(java.io.@Nullable ByteArrayOutputStream bytes, long length) {
      if (bytes == null) {
        return new Line(new byte[0], 0, null);
      }
      byte[] text = bytes.toByteArray();
      int end = text.length;
      if (end > 0 && text[end - 1] == '\r') {
        end--;
      }
      if (end > MAX_LINE_BYTES) {
        return tooLong();
      }
      return new Line(end == text.length ? text : java.util.Arrays.copyOf(text, end), length, null);
    }
  }

  /** The counts the summary ends with. */
  private static final class Summary {
    long lines;
    long errors;
    final Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
    final Map<String, Long> codes = new HashMap<>();
    final Map<Currency, BigDecimal> forfeited =
        new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));

    void add(LineResult result) {
      lines++;
      if (result.verdict == null) {
        errors++;
        return;
      }
      verdicts.merge(result.verdict, 1L, Long::sum);
      for (String code : result.codes) {
        codes.merge(code, 1L, Long::sum);
      }
      for (Money money : result.forfeited) {
        forfeited.merge(money.currency(), money.amount(), BigDecimal::add);
      }
    }

    long count(Verdict verdict) {
      return verdicts.getOrDefault(verdict, 0L);
    }

    int status() {
      if (errors > 0) {
        return TransferCheck.UNREADABLE;
      }
      return count(Verdict.REJECTED) > 0 ? TransferCheck.REJECTED : TransferCheck.APPROVED;
    }

    void print(PrintStream err, Labels labels) {
      Map<String, Object> counts = new HashMap<>();
      counts.put("lines", lines);
      counts.put("approved", count(Verdict.APPROVED));
      counts.put("withActions", count(Verdict.APPROVED_WITH_ACTIONS));
      counts.put("rejected", count(Verdict.REJECTED));
      counts.put("errors", errors);
      err.println(labels.text("book.summary", counts));
      if (!codes.isEmpty()) {
        List<Map.Entry<String, Long>> frequent = new ArrayList<>(codes.entrySet());
        frequent.sort(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()));
        List<String> top = new ArrayList<>();
        for (Map.Entry<String, Long> entry :
            frequent.subList(0, Math.min(TOP_CODES, frequent.size()))) {
          top.add(entry.getKey() + " ×" + labels.format(entry.getValue()));
        }
        err.println(labels.text("book.codes", Map.of("codes", top)));
      }
      if (!forfeited.isEmpty()) {
        List<Money> amounts = new ArrayList<>();
        forfeited.forEach((currency, amount) -> amounts.add(Money.of(amount, currency)));
        err.println(labels.text("book.forfeited", Map.of("amounts", amounts)));
      }
    }
  }

  /** The progress line, on a terminal only; reads the clock, which the core never does. */
  private final class Progress {
    private final PrintStream err;
    private final boolean shown;
    private final long size;
    private final long started = System.nanoTime();
    private long last;
    private long bytes;
    private int width;

    Progress(PrintStream err, boolean shown, long size) {
      this.err = err;
      this.shown = shown;
      this.size = size;
    }

    void update(long lines, long lineBytes) {
      bytes += lineBytes + 1;
      if (!shown) {
        return;
      }
      long now = System.nanoTime();
      // The first line always shows; then at most one line per interval.
      if (width > 0 && now - last < PROGRESS_EVERY_NANOS) {
        return;
      }
      last = now;
      double seconds = Math.max(1e-3, (now - started) / 1e9);
      Map<String, Object> arguments = new HashMap<>();
      arguments.put("done", lines);
      arguments.put("rate", Math.round(lines / seconds));
      if (size > 0 && bytes < size) {
        long left = Math.round((size - bytes) / (bytes / seconds));
        arguments.put("left", String.format("%d:%02d", left / 60, left % 60));
      }
      String text = labels.text("book.progress", arguments);
      err.print("\r" + text + " ".repeat(Math.max(0, width - text.length())));
      err.flush();
      width = text.length();
    }

    void clear() {
      if (shown && width > 0) {
        err.print("\r" + " ".repeat(width) + "\r");
        err.flush();
      }
    }
  }
}
