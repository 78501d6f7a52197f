package org.csptransfer.check.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.csptransfer.core.Disposition;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.PlannedSubscription;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.Transfer;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.Finding;
import org.csptransfer.rules.RunbookStep;
import org.csptransfer.rules.SourceTimeline;
import org.csptransfer.rules.TargetTiming;
import org.csptransfer.rules.TransitionDecision;
import org.csptransfer.rules.action.RequiredAction;
import org.csptransfer.rules.planning.PlanNote;
import org.csptransfer.rules.planning.ProposedPlan;

/**
 * The readable report of one decision, for people, in one language: the verdict first, then the
 * findings with their messages, the required actions, and each source's timeline as a small chart.
 * Every name and id is printed escaped, so that a scenario cannot forge or erase a line.
 */
public final class TextReport {

  private final Style style;
  private final Labels labels;

  private TextReport(Style style, Labels labels) {
    this.style = style;
    this.labels = labels;
  }

  /**
   * Returns a report writer in English.
   *
   * @param colour whether to colour the text with ANSI escapes (only for a terminal)
   * @return the report writer
   */
  public static TextReport of(boolean colour) {
    return of(colour, java.util.Locale.ENGLISH);
  }

  /**
   * Returns a report writer.
   *
   * @param colour whether to colour the text with ANSI escapes (only for a terminal)
   * @param locale the language of the report
   * @return the report writer
   */
  public static TextReport of(boolean colour, java.util.Locale locale) {
    return new TextReport(new Style(colour), Labels.of(locale));
  }

  /**
   * Returns this report writer naming offers by the product names of a scenario's catalog.
   *
   * @param offers the scenario's offers
   * @return the report writer
   */
  public TextReport withOffers(OfferCatalog offers) {
    return new TextReport(style, labels.withOffers(offers));
  }

  /**
   * Renders the report of a decision.
   *
   * @param title what was evaluated, for example the file name
   * @param request the plan
   * @param decision its decision
   * @return the report, lines ending with a line break
   */
  public String render(String title, TransitionRequest request, TransitionDecision decision) {
    StringBuilder out = new StringBuilder();
    header(Labels.safe(title), request, decision, out);
    decision(request, decision, out);
    return out.toString();
  }

  /**
   * Renders a proposed plan: its targets, transfers, dispositions and notes, then the report of its
   * decision.
   *
   * @param title what was planned, for example the file name
   * @param plan the proposed plan
   * @return the report, lines ending with a line break
   */
  public String render(String title, ProposedPlan plan) {
    StringBuilder out = new StringBuilder();
    header(
        Labels.safe(title) + "  " + labels.label("report.proposedPlan"),
        plan.request(),
        plan.decision(),
        out);
    section("report.proposedTargets", out);
    if (plan.targets().isEmpty()) {
      none(out);
    }
    for (PlannedSubscription target : plan.targets()) {
      out.append("  ")
          .append(safe(target.id().value()))
          .append("  ")
          .append(target(target))
          .append('\n');
    }
    if (!plan.transfers().isEmpty()) {
      section("report.proposedTransfers", out);
      for (Transfer transfer : plan.transfers()) {
        out.append("  ")
            .append(safe(transfer.id().value()))
            .append("  ")
            .append(safe(labels.plannedTransfer(transfer)))
            .append('\n');
      }
    }
    section("report.dispositions", out);
    if (plan.dispositions().isEmpty()) {
      none(out);
    }
    int width =
        plan.dispositions().keySet().stream()
            .mapToInt(id -> safe(id.value()).length())
            .max()
            .orElse(0);
    for (Map.Entry<SubscriptionId, Disposition> entry : plan.dispositions().entrySet()) {
      String id = safe(entry.getKey().value());
      out.append("  ")
          .append(id)
          .append(" ".repeat(width - id.length()))
          .append("  ")
          .append(entry.getValue())
          .append('\n');
    }
    section("report.notes", out);
    if (plan.notes().isEmpty()) {
      none(out);
    }
    for (PlanNote note : plan.notes()) {
      out.append("  - ")
          .append(safe(labels.text("note." + note.kind(), note.arguments())))
          .append('\n');
    }
    decision(plan.request(), plan.decision(), out);
    return out.toString();
  }

  private String target(PlannedSubscription target) {
    return safe(labels.plannedTarget(target));
  }

  private void header(
      String title, TransitionRequest request, TransitionDecision decision, StringBuilder out) {
    out.append(style.bold(title))
        .append("  ")
        .append(style.verdict(decision.verdict(), labels.verdict(decision.verdict())))
        .append('\n');
    out.append("  ").append(safe(labels.header(request))).append('\n');
  }

  private void decision(TransitionRequest request, TransitionDecision decision, StringBuilder out) {
    findings(decision.findings(), out);
    actions(decision.actions(), out);
    steps(decision.runbook(), out);
    timeline(request, decision, out);
  }

  /** The runbook as a numbered checklist: each step's date (or first), its actor and what to do. */
  private void steps(List<RunbookStep> runbook, StringBuilder out) {
    section("report.steps", out);
    if (runbook.isEmpty()) {
      none(out);
      return;
    }
    List<String> dates = new ArrayList<>(runbook.size());
    List<String> actors = new ArrayList<>(runbook.size());
    for (RunbookStep step : runbook) {
      dates.add(labels.stepDate(step));
      actors.add(safe(labels.actor(step)));
    }
    int dateWidth = dates.stream().mapToInt(String::length).max().orElse(0);
    int actorWidth = actors.stream().mapToInt(String::length).max().orElse(0);
    int numberWidth = String.valueOf(runbook.size()).length();
    for (int i = 0; i < runbook.size(); i++) {
      String number = String.valueOf(i + 1);
      out.append("  ")
          .append(" ".repeat(numberWidth - number.length()))
          .append(number)
          .append(". [ ] ")
          .append(dates.get(i))
          .append(" ".repeat(dateWidth - dates.get(i).length()))
          .append("  ")
          .append(actors.get(i))
          .append(" ".repeat(actorWidth - actors.get(i).length()))
          .append("  ")
          .append(safe(labels.messages().description(runbook.get(i), labels.locale())))
          .append('\n');
    }
  }

  private void section(String key, StringBuilder out) {
    out.append('\n').append(style.bold(labels.label(key))).append('\n');
  }

  private void none(StringBuilder out) {
    out.append("  ").append(labels.label("report.none")).append('\n');
  }

  private void findings(List<Finding> findings, StringBuilder out) {
    section("report.findings", out);
    if (findings.isEmpty()) {
      none(out);
      return;
    }
    int codeWidth = findings.stream().mapToInt(finding -> finding.code().length()).max().orElse(0);
    int severityWidth =
        Math.max(
            7,
            findings.stream()
                .mapToInt(finding -> labels.severity(finding.severity()).length())
                .max()
                .orElse(0));
    for (Finding finding : findings) {
      String word = labels.severity(finding.severity());
      String severity = word + " ".repeat(severityWidth - word.length());
      out.append("  ")
          .append(style.severity(finding.severity(), severity))
          .append("  ")
          .append(String.format("%-" + codeWidth + "s", finding.code()))
          .append("  ")
          .append(style.dim(safe(finding.rule() + " · " + String.join(", ", finding.subjects()))))
          .append('\n');
      out.append("  ")
          .append(" ".repeat(severity.length() + 2 + codeWidth + 2))
          .append(safe(labels.messages().message(finding, labels.locale())))
          .append('\n');
    }
  }

  private void actions(List<RequiredAction> actions, StringBuilder out) {
    section("report.actions", out);
    if (actions.isEmpty()) {
      none(out);
      return;
    }
    for (int i = 0; i < actions.size(); i++) {
      out.append("  ")
          .append(i + 1)
          .append(". ")
          .append(safe(labels.messages().description(actions.get(i), labels.locale())))
          .append('\n');
    }
  }

  private void timeline(TransitionRequest request, TransitionDecision decision, StringBuilder out) {
    out.append('\n')
        .append(style.bold(labels.label("report.timeline")))
        .append("  ")
        .append(style.dim(labels.label("report.legend")))
        .append('\n');
    if (decision.timeline().isEmpty()) {
      out.append("  ").append(labels.label("report.noSources")).append('\n');
      return;
    }
    for (SourceTimeline timeline : decision.timeline()) {
      Optional<Subscription> source = request.source(timeline.source());
      out.append("  ").append(style.bold(safe(timeline.source().value())));
      if (source.isPresent()) {
        Subscription s = source.get();
        out.append("  ")
            .append(
                safe(
                    labels.text(
                        "report.source",
                        Map.of(
                            "offerId", labels.offer(s.offerId()),
                            "quantity", s.quantity(),
                            "assigned", s.assignedLicenses()))));
      }
      out.append('\n');
      if (timeline.transfer().isPresent()) {
        // A transferred subscription moves whole: no end, no lifecycle after it.
        out.append("    ").append(safe(labels.transferred(timeline.transfer().get()))).append('\n');
      } else {
        out.append("    ").append(safe(labels.ending(timeline))).append('\n');
      }
      for (TargetTiming timing : timeline.targets()) {
        out.append("    ").append(safe(labels.timing(timing))).append('\n');
      }
      if (timeline.targets().isEmpty() && timeline.transfer().isEmpty()) {
        out.append("    ").append(labels.label("report.noTarget")).append('\n');
      }
      for (String line : TimelineChart.draw(timeline, request.asOf(), "    ")) {
        out.append(line).append('\n');
      }
    }
  }

  private static String safe(String text) {
    return Labels.safe(text);
  }
}
