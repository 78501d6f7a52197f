package org.csptransfer.check.report;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.csptransfer.core.PlannedSubscription;
import org.csptransfer.core.Transfer;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.Finding;
import org.csptransfer.rules.RunbookStep;
import org.csptransfer.rules.SourceTimeline;
import org.csptransfer.rules.TargetTiming;
import org.csptransfer.rules.TransferTiming;
import org.csptransfer.rules.TransitionDecision;
import org.csptransfer.rules.Verdict;
import org.csptransfer.rules.action.RequiredAction;
import org.csptransfer.rules.planning.PlanNote;
import org.csptransfer.rules.planning.ProposedPlan;
import org.jspecify.annotations.Nullable;

/**
 * One self-contained HTML page for all the inputs of a run (CONTRACT.md, "Reports people look at"):
 * a summary table, then per scenario its verdict, findings, required actions as a checklist, and
 * its timeline drawn as SVG. CSS and SVG are inline and a content security policy forbids any
 * fetch, so the page opens without network access; no script is needed to read it; it prints on A4.
 * Every name and id is escaped for HTML, and controls in them shown as escapes.
 */
public final class HtmlReport {

  private static final Escaper HTML = HtmlEscapers.htmlEscaper();
  // The style sheet lives beside this class as a resource, read once: CSS is easier to read and
  // review as CSS than as a Java string.
  private static final String CSS = readCss();

  /** Characters rendered before they are handed to the page. */
  private static final int SPILL_CHARS = 1 << 16;

  private static final int LABEL_WIDTH = 190;
  private static final int CHART_WIDTH = 620;
  private static final int ROW_HEIGHT = 24;
  private static final int AXIS_HEIGHT = 34;
  private static final int MAX_AXIS_LABELS = 8;
  private static final int LABEL_CHARACTERS = 30;
  private static final int SHORT_ID = 10;

  private final Labels labels;

  /** The page being written, while {@link #write} runs. */
  private @Nullable Writer sink;

  private final String version;

  /**
   * Returns a page writer.
   *
   * @param labels the language of the page
   * @param version the version the page says checked it
   */
  public HtmlReport(Labels labels, String version) {
    this.labels = labels;
    this.version = version;
  }

  /**
   * Renders the page of all the inputs, in order.
   *
   * @param inputs the inputs
   * @return the whole page
   */
  public synchronized String render(List<CheckedInput> inputs) {
    StringWriter page = new StringWriter();
    try {
      write(inputs, page);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // A StringWriter does not fail.
    }
    return page.toString();
  }

  /**
   * Writes the page of all the inputs, in order, to a stream as it is rendered: however many rows a
   * scenario has, at most {@value #SPILL_CHARS} characters wait in memory.
   *
   * @param inputs the inputs
   * @param page where the page goes; not closed
   * @throws IOException if the page cannot be written
   */
  public synchronized void write(List<CheckedInput> inputs, Writer page) throws IOException {
    sink = page;
    try {
      StringBuilder out = new StringBuilder(SPILL_CHARS + 4_096);
      page(inputs, out);
      page.append(out);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      sink = null;
    }
  }

  /** Hands what is rendered so far to the page once it is large, so that memory stays flat. */
  private void spill(StringBuilder out) {
    Writer page = sink;
    if (page != null && out.length() >= SPILL_CHARS) {
      try {
        page.append(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      out.setLength(0);
    }
  }

  private void page(List<CheckedInput> inputs, StringBuilder out) {
    String language = labels.locale().getLanguage();
    out.append("<!DOCTYPE html>\n<html lang=\"")
        .append(esc(language))
        .append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
                + " style-src 'unsafe-inline'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(esc(labels.label("report.title")))
        .append("</title>\n")
        .append("<style>")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n");
    out.append("<header><h1>").append(esc(labels.label("report.title"))).append("</h1>");
    List<LocalDate> dates =
        inputs.stream()
            .flatMap(input -> input.request().stream())
            .map(TransitionRequest::asOf)
            .sorted()
            .toList();
    if (!dates.isEmpty()) {
      LocalDate from = dates.get(0);
      LocalDate to = dates.get(dates.size() - 1);
      // One as-of date for all, or the range the scenarios' own dates span.
      String generated =
          from.equals(to)
              ? labels.text(
                  "report.generated",
                  Map.of("count", inputs.size(), "asOf", from, "version", version))
              : labels.text(
                  "report.generatedRange",
                  Map.of("count", inputs.size(), "from", from, "to", to, "version", version));
      out.append("<p class=\"generated\">").append(esc(generated)).append("</p>");
    }
    out.append("</header>\n");
    summary(inputs, out);
    for (int i = 0; i < inputs.size(); i++) {
      scenario(inputs.get(i), "s" + (i + 1), out);
      spill(out);
    }
    out.append("</body>\n</html>\n");
  }

  private void summary(List<CheckedInput> inputs, StringBuilder out) {
    out.append("<section class=\"summary\"><h2>")
        .append(esc(labels.label("report.summary")))
        .append("</h2>\n<table><thead><tr>");
    for (String key :
        List.of(
            "report.scenario",
            "report.customer",
            "report.verdict",
            "report.findingCount",
            "report.actionCount")) {
      out.append("<th>").append(esc(labels.label(key))).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (int i = 0; i < inputs.size(); i++) {
      CheckedInput input = inputs.get(i);
      out.append("<tr><td><a href=\"#s")
          .append(i + 1)
          .append("\">")
          .append(esc(input.title()))
          .append("</a></td><td>")
          .append(esc(input.request().map(request -> request.customer().name()).orElse("")))
          .append("</td><td>");
      if (input.decision().isPresent()) {
        TransitionDecision decision = input.decision().get();
        verdict(decision.verdict(), out);
        out.append("</td><td class=\"number\">")
            .append(decision.findings().size())
            .append("</td><td class=\"number\">")
            .append(decision.actions().size());
      } else {
        out.append("<span class=\"verdict unreadable\">")
            .append(esc(labels.label("report.unreadable")))
            .append("</span></td><td></td><td>");
      }
      out.append("</td></tr>\n");
      spill(out);
    }
    out.append("</tbody></table></section>\n");
  }

  private void verdict(Verdict verdict, StringBuilder out) {
    out.append("<span class=\"verdict ")
        .append(verdict.name().toLowerCase(Locale.ROOT).replace('_', '-'))
        .append("\">")
        .append(esc(labels.verdict(verdict)))
        .append("</span>");
  }

  private void scenario(CheckedInput input, String anchor, StringBuilder out) {
    out.append("<section class=\"scenario\" id=\"")
        .append(anchor)
        .append("\">\n<h2>")
        .append(esc(input.title()));
    if (input.error().isPresent()) {
      out.append(" <span class=\"verdict unreadable\">")
          .append(esc(labels.label("report.unreadable")))
          .append("</span></h2>\n<p class=\"error\">")
          .append(esc(input.error().get()))
          .append("</p>\n</section>\n");
      return;
    }
    TransitionRequest request = input.request().orElseThrow();
    TransitionDecision decision = input.decision().orElseThrow();
    out.append(' ');
    verdict(decision.verdict(), out);
    out.append("</h2>\n<p class=\"parties\">").append(esc(labels.header(request))).append("</p>\n");
    if (input.plan().isPresent()) {
      plan(input.plan().get(), labels.withOffers(input.offers()), out);
    }
    findings(decision.findings(), out);
    actions(decision.actions(), out);
    steps(decision.runbook(), out);
    out.append("<h3>").append(esc(labels.label("report.timeline"))).append("</h3>\n");
    if (decision.timeline().isEmpty()) {
      out.append("<p>").append(esc(labels.label("report.noSources"))).append("</p>\n");
    } else {
      chart(request, decision, labels.withOffers(input.offers()), out);
      legend(out);
      dates(request, decision, labels.withOffers(input.offers()), out);
    }
    out.append("</section>\n");
  }

  private void plan(ProposedPlan plan, Labels named, StringBuilder out) {
    out.append("<h3>").append(esc(labels.label("report.proposedTargets"))).append("</h3>\n<ul>");
    if (plan.targets().isEmpty()) {
      out.append("<li>").append(esc(labels.label("report.none"))).append("</li>");
    }
    for (PlannedSubscription target : plan.targets()) {
      out.append("<li><b>")
          .append(esc(target.id().value()))
          .append("</b> ")
          .append(esc(named.plannedTarget(target)))
          .append("</li>");
      spill(out);
    }
    out.append("</ul>\n");
    if (!plan.transfers().isEmpty()) {
      out.append("<h3>")
          .append(esc(labels.label("report.proposedTransfers")))
          .append("</h3>\n<ul>");
      for (Transfer transfer : plan.transfers()) {
        out.append("<li><b>")
            .append(esc(transfer.id().value()))
            .append("</b> ")
            .append(esc(labels.plannedTransfer(transfer)))
            .append("</li>");
      }
      out.append("</ul>\n");
    }
    if (!plan.notes().isEmpty()) {
      out.append("<h3>")
          .append(esc(labels.label("report.notes")))
          .append("</h3>\n<ul class=\"notes\">");
      for (PlanNote note : plan.notes()) {
        out.append("<li>")
            .append(esc(labels.text("note." + note.kind(), note.arguments())))
            .append("</li>");
        spill(out);
      }
      out.append("</ul>\n");
    }
  }

  private void findings(List<Finding> findings, StringBuilder out) {
    out.append("<h3>").append(esc(labels.label("report.findings"))).append("</h3>\n");
    if (findings.isEmpty()) {
      out.append("<p>").append(esc(labels.label("report.none"))).append("</p>\n");
      return;
    }
    out.append("<ul class=\"findings\">\n");
    for (Finding finding : findings) {
      String severity = finding.severity().name();
      out.append("<li class=\"")
          .append(severity.toLowerCase(Locale.ROOT))
          .append("\">")
          .append("<span class=\"severity\">")
          .append(esc(labels.severity(finding.severity())))
          .append("</span> ")
          .append("<code>")
          .append(esc(finding.code()))
          .append("</code> ")
          .append("<span class=\"subjects\">")
          .append(esc(finding.rule() + " · " + String.join(", ", finding.subjects())))
          .append("</span><br>")
          .append(esc(labels.messages().message(finding, labels.locale())))
          .append("</li>\n");
      spill(out);
    }
    out.append("</ul>\n");
  }

  private void actions(List<RequiredAction> actions, StringBuilder out) {
    out.append("<h3>").append(esc(labels.label("report.actions"))).append("</h3>\n");
    if (actions.isEmpty()) {
      out.append("<p>").append(esc(labels.label("report.none"))).append("</p>\n");
      return;
    }
    out.append("<ul class=\"checklist\">\n");
    for (RequiredAction action : actions) {
      out.append("<li><span class=\"box\" aria-hidden=\"true\">&#x2610;</span> ")
          .append(esc(labels.messages().description(action, labels.locale())))
          .append("</li>\n");
      spill(out);
    }
    out.append("</ul>\n");
  }

  /** The runbook as a table to tick on paper: date, who, what. */
  private void steps(List<RunbookStep> runbook, StringBuilder out) {
    out.append("<h3>").append(esc(labels.label("report.steps"))).append("</h3>\n");
    if (runbook.isEmpty()) {
      out.append("<p>").append(esc(labels.label("report.none"))).append("</p>\n");
      return;
    }
    out.append("<table class=\"steps\"><thead><tr><th></th><th>")
        .append(esc(labels.label("report.stepDate")))
        .append("</th><th>")
        .append(esc(labels.label("report.stepActor")))
        .append("</th><th>")
        .append(esc(labels.label("report.stepWhat")))
        .append("</th></tr></thead>\n<tbody>\n");
    for (RunbookStep step : runbook) {
      out.append("<tr class=\"step\" data-step=\"")
          .append(step.kind().name())
          .append("\"><td><span class=\"box\" aria-hidden=\"true\">&#x2610;</span></td><td>")
          .append(esc(labels.stepDate(step)))
          .append("</td><td>")
          .append(esc(labels.actor(step)))
          .append("</td><td>")
          .append(esc(labels.messages().description(step, labels.locale())))
          .append("</td></tr>\n");
      spill(out);
    }
    out.append("</tbody></table>\n");
  }

  /**
   * The timeline: a row per source, a row per target, transfers marked, the dated steps on a row of
   * their own, the as-of date a line.
   */
  private void chart(
      TransitionRequest request, TransitionDecision decision, Labels named, StringBuilder out) {
    LocalDate first = request.asOf();
    LocalDate last = request.asOf().plusDays(30);
    for (SourceTimeline source : decision.timeline()) {
      first = min(first, source.firstDayWithoutService().minusDays(30));
      last = max(last, source.firstDayDeleted().plusDays(14));
      if (source.transfer().isPresent()) {
        first = min(first, source.transfer().get().date());
      }
    }
    for (PlannedSubscription target : request.targets()) {
      first = min(first, target.start());
      last = max(last, target.start().plusDays(30));
    }
    Scale scale = new Scale(first, last);
    for (RunbookStep step : decision.runbook()) {
      if (step.date().isPresent()) {
        first = min(first, step.date().get());
        last = max(last, step.date().get().plusDays(7));
      }
    }
    boolean dated = decision.runbook().stream().anyMatch(step -> step.date().isPresent());
    int rows = decision.timeline().size() + request.targets().size() + (dated ? 1 : 0);
    int height = AXIS_HEIGHT + rows * ROW_HEIGHT + 8;
    int width = LABEL_WIDTH + CHART_WIDTH + 16;
    out.append("<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-label=\"")
        .append(esc(labels.text("report.chart", Map.of("customer", request.customer().name()))))
        .append("\">\n");
    axis(scale, height, out);
    int row = 0;
    for (SourceTimeline source : decision.timeline()) {
      int y = AXIS_HEIGHT + row++ * ROW_HEIGHT;
      out.append("<g class=\"row source\" data-id=\"")
          .append(esc(source.source().value()))
          .append("\">");
      rowLabel(source.source().value(), sourceProduct(request, source, named), y, out);
      if (source.transfer().isPresent()) {
        // It moves whole and goes on serving, billed by the new partner: no lifecycle after it.
        segment(scale, first, last.plusDays(1), y, "service", out);
        transferMark(scale, source.transfer().get(), y, out);
      } else {
        segment(scale, first, source.firstDayWithoutService(), y, "service", out);
        segment(
            scale, source.firstDayWithoutService(), source.firstDayDisabled(), y, "expired", out);
        segment(scale, source.firstDayDisabled(), source.firstDayDeleted(), y, "disabled", out);
        segment(scale, source.firstDayDeleted(), last.plusDays(1), y, "deleted", out);
      }
      out.append("</g>\n");
      spill(out);
    }
    for (PlannedSubscription target : request.targets()) {
      int y = AXIS_HEIGHT + row++ * ROW_HEIGHT;
      out.append("<g class=\"row target\" data-id=\"")
          .append(esc(target.id().value()))
          .append("\">");
      rowLabel(target.id().value(), named.product(target.offerId()), y, out);
      segment(
          scale,
          target.start(),
          last.plusDays(1),
          y,
          target.isStacked() ? "target stacked" : "target",
          out);
      out.append("</g>\n");
      spill(out);
    }
    if (dated) {
      stepMarks(scale, decision.runbook(), AXIS_HEIGHT + row * ROW_HEIGHT, out);
    }
    double asOf = scale.x(request.asOf());
    out.append("<line class=\"as-of\" x1=\"")
        .append(fmt(asOf))
        .append("\" y1=\"")
        .append(AXIS_HEIGHT - 6)
        .append("\" x2=\"")
        .append(fmt(asOf))
        .append("\" y2=\"")
        .append(height - 4)
        .append("\"><title>")
        .append(esc(labels.label("report.legend.asOf") + " " + labels.format(request.asOf())))
        .append("</title></line>\n</svg>\n");
  }

  /** The product of a source's row: its offer's name where the scenario names it. */
  private static String sourceProduct(
      TransitionRequest request, SourceTimeline source, Labels named) {
    return request.source(source.source()).map(s -> named.product(s.offerId())).orElse("");
  }

  /** One mark per date of the runbook, its tooltip listing that date's steps. */
  private void stepMarks(Scale scale, List<RunbookStep> runbook, int y, StringBuilder out) {
    out.append("<g class=\"row steps\">");
    label(labels.label("report.steps"), y, out);
    Map<LocalDate, List<String>> byDate = new java.util.TreeMap<>();
    for (RunbookStep step : runbook) {
      if (step.date().isPresent()) {
        byDate
            .computeIfAbsent(step.date().get(), day -> new ArrayList<>())
            .add(labels.actor(step) + ": " + labels.messages().description(step, labels.locale()));
      }
    }
    for (Map.Entry<LocalDate, List<String>> day : byDate.entrySet()) {
      double x = scale.x(day.getKey());
      out.append("<circle class=\"step\" cx=\"")
          .append(fmt(x))
          .append("\" cy=\"")
          .append(y + ROW_HEIGHT / 2)
          .append("\" r=\"5\"><title>")
          .append(esc(labels.format(day.getKey()) + "\n" + String.join("\n", day.getValue())))
          .append("</title></circle>");
    }
    out.append("</g>\n");
  }

  private void axis(Scale scale, int height, StringBuilder out) {
    List<LocalDate> months = new ArrayList<>();
    for (LocalDate month = scale.first.withDayOfMonth(1).plusMonths(1);
        !month.isAfter(scale.last);
        month = month.plusMonths(1)) {
      months.add(month);
    }
    int every = Math.max(1, (months.size() + MAX_AXIS_LABELS - 1) / MAX_AXIS_LABELS);
    DateTimeFormatter format = DateTimeFormatter.ofPattern("MMM yyyy", labels.locale());
    out.append("<g class=\"axis\">");
    for (int i = 0; i < months.size(); i++) {
      double x = scale.x(months.get(i));
      out.append("<line x1=\"")
          .append(fmt(x))
          .append("\" y1=\"")
          .append(AXIS_HEIGHT - 8)
          .append("\" x2=\"")
          .append(fmt(x))
          .append("\" y2=\"")
          .append(height - 4)
          .append("\"/>");
      if (i % every == 0) {
        out.append("<text x=\"")
            .append(fmt(x))
            .append("\" y=\"")
            .append(AXIS_HEIGHT - 14)
            .append("\">")
            .append(esc(format.format(months.get(i))))
            .append("</text>");
      }
    }
    out.append("</g>\n");
  }

  private static void label(String text, int y, StringBuilder out) {
    label(text, text, y, out);
  }

  /**
   * A row's label: what fits of {@code shown}, cut at a whole character, and the whole {@code
   * title} as its tooltip.
   */
  private static void label(String shown, String title, int y, StringBuilder out) {
    String cut =
        shown.codePointCount(0, shown.length()) > LABEL_CHARACTERS
            ? shown.substring(0, shown.offsetByCodePoints(0, LABEL_CHARACTERS - 1)) + "…"
            : shown;
    out.append("<text class=\"label\" x=\"6\" y=\"")
        .append(y + ROW_HEIGHT / 2 + 4)
        .append("\">")
        .append(esc(cut))
        .append("<title>")
        .append(esc(title))
        .append("</title></text>");
  }

  /** A subscription's row label: the end of a long id (GUIDs differ there) and its product. */
  private static void rowLabel(String id, String product, int y, StringBuilder out) {
    int length = id.codePointCount(0, id.length());
    String shortId =
        length > SHORT_ID
            ? "…" + id.substring(id.offsetByCodePoints(0, length - SHORT_ID + 1))
            : id;
    label(shortId + " · " + product, id + " · " + product, y, out);
  }

  /** A period [from, to) of a row, drawn only where it has days. */
  private void segment(
      Scale scale, LocalDate from, LocalDate to, int y, String kind, StringBuilder out) {
    LocalDate start = max(from, scale.first);
    LocalDate end = min(to, scale.last.plusDays(1));
    if (!start.isBefore(end)) {
      return;
    }
    double x = scale.x(start);
    double w = Math.max(1, scale.x(end) - x);
    out.append("<rect class=\"")
        .append(kind)
        .append("\" x=\"")
        .append(fmt(x))
        .append("\" y=\"")
        .append(y + 4)
        .append("\" width=\"")
        .append(fmt(w))
        .append("\" height=\"")
        .append(ROW_HEIGHT - 8)
        .append("\"><title>")
        .append(esc(labels.format(start) + " – " + labels.format(end.minusDays(1))))
        .append("</title></rect>");
  }

  private void transferMark(Scale scale, TransferTiming transfer, int y, StringBuilder out) {
    double x = scale.x(transfer.date());
    double middle = y + ROW_HEIGHT / 2.0;
    out.append("<polygon class=\"transfer\" points=\"")
        .append(fmt(x))
        .append(',')
        .append(fmt(middle - 8))
        .append(' ')
        .append(fmt(x + 7))
        .append(',')
        .append(fmt(middle))
        .append(' ')
        .append(fmt(x))
        .append(',')
        .append(fmt(middle + 8))
        .append(' ')
        .append(fmt(x - 7))
        .append(',')
        .append(fmt(middle))
        .append("\"><title>")
        .append(
            esc(
                labels.label("report.legend.transfer")
                    + " "
                    + transfer.transfer().value()
                    + " · "
                    + labels.format(transfer.date())))
        .append("</title></polygon>");
  }

  /** Under the chart, each source's dates in words, as the text report gives them. */
  private void dates(
      TransitionRequest request, TransitionDecision decision, Labels named, StringBuilder out) {
    out.append("<ul class=\"dates\">\n");
    for (SourceTimeline source : decision.timeline()) {
      out.append("<li><span class=\"id\">")
          .append(esc(source.source().value()))
          .append("</span> ")
          .append(esc(sourceProduct(request, source, named)))
          .append(" · ")
          .append(
              esc(
                  source.transfer().isPresent()
                      ? named.transferred(source.transfer().get())
                      : named.ending(source)));
      for (TargetTiming timing : source.targets()) {
        out.append("; ").append(esc(named.timing(timing)));
      }
      out.append("</li>\n");
      spill(out);
    }
    out.append("</ul>\n");
  }

  private void legend(StringBuilder out) {
    out.append("<ul class=\"legend\">");
    for (String kind :
        List.of(
            "service", "expired", "disabled", "deleted", "target", "stacked", "transfer", "step")) {
      out.append("<li><span class=\"swatch ")
          .append(kind)
          .append("\"></span>")
          .append(esc(labels.label("report.legend." + kind)))
          .append("</li>");
    }
    out.append("<li><span class=\"swatch as-of\"></span>")
        .append(esc(labels.label("report.legend.asOf")))
        .append("</li></ul>\n");
  }

  /**
   * Text for HTML: controls, format characters and lone surrogates shown as escapes first (so that
   * no name can reorder or hide the page's text), then Guava's escaper for markup characters and
   * quotes.
   */
  static String esc(String text) {
    return HTML.escape(Labels.safe(text));
  }

  private static String readCss() {
    try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks org/csptransfer/check/report/report.css");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read report.css from the jar", e);
    }
  }

  private static String fmt(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  /** Days to x coordinates. */
  private static final class Scale {
    final LocalDate first;
    final LocalDate last;
    private final double perDay;

    Scale(LocalDate first, LocalDate last) {
      this.first = first;
      this.last = last;
      this.perDay = (double) CHART_WIDTH / (ChronoUnit.DAYS.between(first, last) + 1);
    }

    double x(LocalDate day) {
      return LABEL_WIDTH + ChronoUnit.DAYS.between(first, day) * perDay;
    }
  }
}
