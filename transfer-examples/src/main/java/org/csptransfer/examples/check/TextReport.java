package org.csptransfer.examples.check;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.csptransfer.core.PlannedSubscription;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.Finding;
import org.csptransfer.rules.RequiredAction;
import org.csptransfer.rules.SourceTimeline;
import org.csptransfer.rules.TargetTiming;
import org.csptransfer.rules.TransitionDecision;
import org.csptransfer.rules.planning.ProposedPlan;

/**
 * The readable report of one decision, for people: the verdict first, then the findings with their
 * messages, the required actions, and each source's timeline as a small chart.
 */
public final class TextReport {

  private final Style style;

  private TextReport(Style style) {
    this.style = style;
  }

  /**
   * Returns a report writer.
   *
   * @param colour whether to colour the text with ANSI escapes (only for a terminal)
   * @return the report writer
   */
  public static TextReport of(boolean colour) {
    return new TextReport(new Style(colour));
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
    header(title, request, decision, out);
    decision(request, decision, out);
    return out.toString();
  }

  /**
   * Renders a proposed plan: its targets, dispositions and notes, then the report of its decision.
   *
   * @param title what was planned, for example the file name
   * @param plan the proposed plan
   * @return the report, lines ending with a line break
   */
  public String render(String title, ProposedPlan plan) {
    StringBuilder out = new StringBuilder();
    header(title + "  proposed plan", plan.request(), plan.decision(), out);
    out.append('\n').append(style.bold("Proposed targets")).append('\n');
    if (plan.targets().isEmpty()) {
      out.append("  none\n");
    }
    for (PlannedSubscription target : plan.targets()) {
      out.append(
          String.format(
              "  %s  %s, %d seats from %s, replaces %s%n",
              target.id(),
              target.offerId(),
              target.quantity(),
              target.start(),
              target.replacedSourceIds().isEmpty()
                  ? "nothing"
                  : target.replacedSourceIds().stream()
                      .map(SubscriptionId::value)
                      .collect(Collectors.joining(", "))));
    }
    out.append('\n').append(style.bold("Dispositions")).append('\n');
    if (plan.dispositions().isEmpty()) {
      out.append("  none\n");
    }
    int width =
        plan.dispositions().keySet().stream().mapToInt(id -> id.value().length()).max().orElse(0);
    plan.dispositions()
        .forEach(
            (source, disposition) ->
                out.append(String.format("  %-" + width + "s  %s%n", source, disposition)));
    out.append('\n').append(style.bold("Notes")).append('\n');
    if (plan.notes().isEmpty()) {
      out.append("  none\n");
    }
    plan.notes().forEach(note -> out.append("  - ").append(note.message()).append('\n'));
    decision(plan.request(), plan.decision(), out);
    return out.toString();
  }

  private void header(
      String title, TransitionRequest request, TransitionDecision decision, StringBuilder out) {
    out.append(style.bold(title))
        .append("  ")
        .append(style.verdict(decision.verdict()))
        .append('\n');
    out.append("  ")
        .append(
            String.format(
                "%s (%s, tenant %s) to %s (%s), as of %s",
                request.customer().name(),
                request.customer().country(),
                request.customer().tenantId(),
                request.partner().name(),
                request.partner().id(),
                request.asOf()))
        .append('\n');
  }

  private void decision(TransitionRequest request, TransitionDecision decision, StringBuilder out) {
    findings(decision.findings(), out);
    actions(decision.actions(), out);
    timeline(request, decision, out);
  }

  private void findings(List<Finding> findings, StringBuilder out) {
    out.append('\n').append(style.bold("Findings")).append('\n');
    if (findings.isEmpty()) {
      out.append("  none\n");
      return;
    }
    int codeWidth = findings.stream().mapToInt(finding -> finding.code().length()).max().orElse(0);
    for (Finding finding : findings) {
      String severity = String.format("%-7s", finding.severity());
      out.append("  ")
          .append(style.severity(finding.severity(), severity))
          .append("  ")
          .append(String.format("%-" + codeWidth + "s", finding.code()))
          .append("  ")
          .append(style.dim(finding.rule() + " · " + String.join(", ", finding.subjects())))
          .append('\n');
      out.append("  ")
          .append(" ".repeat(severity.length() + 2 + codeWidth + 2))
          .append(finding.message())
          .append('\n');
    }
  }

  private void actions(List<RequiredAction> actions, StringBuilder out) {
    out.append('\n').append(style.bold("Required actions")).append('\n');
    if (actions.isEmpty()) {
      out.append("  none\n");
      return;
    }
    for (int i = 0; i < actions.size(); i++) {
      out.append(String.format("  %d. %s%n", i + 1, actions.get(i).description()));
    }
  }

  private void timeline(TransitionRequest request, TransitionDecision decision, StringBuilder out) {
    out.append('\n')
        .append(style.bold("Timeline"))
        .append("  ")
        .append(style.dim(TimelineChart.LEGEND))
        .append('\n');
    if (decision.timeline().isEmpty()) {
      out.append("  no sources\n");
      return;
    }
    for (SourceTimeline timeline : decision.timeline()) {
      Optional<Subscription> source = request.source(timeline.source());
      out.append("  ")
          .append(style.bold(timeline.source().value()))
          .append(
              source
                  .map(
                      s ->
                          String.format(
                              "  %s, %d seats (%d assigned)",
                              s.offerId(), s.quantity(), s.assignedLicenses()))
                  .orElse(""))
          .append('\n');
      out.append("    ").append(ending(timeline)).append('\n');
      for (TargetTiming timing : timeline.targets()) {
        out.append("    ").append(timing(timing)).append('\n');
      }
      if (timeline.targets().isEmpty()) {
        out.append("    replaced by no target\n");
      }
      for (String line : TimelineChart.draw(timeline, request.asOf(), "    ")) {
        out.append(line).append('\n');
      }
    }
  }

  private static String ending(SourceTimeline timeline) {
    String why =
        switch (timeline.endReason()) {
          case TERM_END -> "expires after " + timeline.lastDayOfService();
          case CANCELLATION -> "cancelled on " + timeline.firstDayWithoutService();
        };
    String forfeited =
        timeline.forfeitedDays() == 0
            ? ""
            : String.format(
                "; %d prepaid days forfeited%s",
                timeline.forfeitedDays(),
                timeline.forfeitedValue().map(value -> " (" + value + ")").orElse(""));
    return String.format(
        "%s: no access from %s, data deleted from %s%s",
        why, timeline.firstDayDisabled(), timeline.firstDayDeleted(), forfeited);
  }

  private static String timing(TargetTiming timing) {
    String relation;
    if (timing.gapDays() > 0) {
      relation = "gap of " + timing.gapDays() + " days";
    } else if (timing.overlapDays() > 0) {
      relation = "overlap of " + timing.overlapDays() + " days";
    } else {
      relation = "no gap, no overlap";
    }
    return String.format("%s starts %s: %s", timing.target(), timing.start(), relation);
  }
}
