package org.csptransfer.examples.samples;

import java.util.Locale;
import org.csptransfer.rules.Finding;
import org.csptransfer.rules.RunbookStep;
import org.csptransfer.rules.SourceTimeline;
import org.csptransfer.rules.TransitionDecision;
import org.csptransfer.rules.action.RequiredAction;
import org.csptransfer.rules.planning.PlanNote;
import org.csptransfer.rules.planning.ProposedPlan;

/**
 * Prints a decision the way a service embedding the library might log it, with nothing but the
 * public API: the verdict, each finding's code and message, the required actions, each source's
 * last day of service and the runbook's steps with their actor and date. The {@code transfer-check}
 * command draws a fuller report.
 */
public final class DecisionPrinter {

  private DecisionPrinter() {}

  /**
   * Renders a decision.
   *
   * @param title the first word of the first line
   * @param decision the decision
   * @param locale the language of the messages
   * @return the text, one item a line
   */
  public static String render(String title, TransitionDecision decision, Locale locale) {
    StringBuilder text = new StringBuilder();
    text.append(title).append("  ").append(decision.verdict()).append('\n');
    body(text, decision, locale);
    return text.toString();
  }

  /**
   * Renders a proposed plan: its targets, transfers and notes, then its decision.
   *
   * @param title the first word of the first line
   * @param plan the proposed plan
   * @param locale the language of the messages
   * @return the text, one item a line
   */
  public static String render(String title, ProposedPlan plan, Locale locale) {
    StringBuilder text = new StringBuilder();
    text.append(title).append("  proposed plan  ").append(plan.decision().verdict()).append('\n');
    plan.targets()
        .forEach(
            target ->
                text.append("  target ")
                    .append(target.id())
                    .append(": ")
                    .append(target.quantity())
                    .append(" × ")
                    .append(target.offerId())
                    .append(" from ")
                    .append(target.start())
                    .append('\n'));
    plan.transfers()
        .forEach(
            transfer ->
                text.append("  transfer ")
                    .append(transfer.id())
                    .append(" on ")
                    .append(transfer.date())
                    .append(": ")
                    .append(transfer.sourceIds())
                    .append('\n'));
    for (PlanNote note : plan.notes()) {
      text.append("  note: ").append(note.message(locale)).append('\n');
    }
    body(text, plan.decision(), locale);
    return text.toString();
  }

  private static void body(StringBuilder text, TransitionDecision decision, Locale locale) {
    for (Finding finding : decision.findings()) {
      text.append("  ")
          .append(finding.severity())
          .append(' ')
          .append(finding.code())
          .append(": ")
          .append(finding.message(locale))
          .append('\n');
    }
    for (RequiredAction action : decision.actions()) {
      text.append("  action (").append(action.actor()).append("): ");
      text.append(action.description(locale)).append('\n');
    }
    for (SourceTimeline source : decision.timeline()) {
      text.append("  ")
          .append(source.source())
          .append(" serves users until ")
          .append(source.lastDayOfService())
          .append('\n');
    }
    for (RunbookStep step : decision.runbook()) {
      text.append("  step ")
          .append(step.date().map(Object::toString).orElse("first"))
          .append(" (")
          .append(step.actor())
          .append(step.actorPartnerId().map(id -> " " + id).orElse(""))
          .append("): ")
          .append(step.description(locale))
          .append('\n');
    }
  }
}
