package org.csptransfer.check.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.csptransfer.rules.SourceTimeline;
import org.csptransfer.rules.TargetTiming;

/**
 * Draws one source's timeline as a few lines of text, so that an overlap or a gap is seen at a
 * glance rather than computed from dates:
 *
 * <pre>
 *            2026-03-01                                    2026-08-01
 *   sub-001  ████████████████▒▒▒▒▒▒▒▒░░░░░░░░░░░░░░░░░░░░░░··········
 *   t1                    ███████████████████████████████████████████
 * </pre>
 *
 * <p>{@code █} service, {@code ▒} expired (users keep access), {@code ░} disabled (no access, data
 * kept), {@code ·} deleted; a target's row fills from its start. A transferred source is in service
 * throughout, with {@code ◆} on its transfer's day. One column stands for one or more days so that
 * the chart spans the as-of date, the end, every start and the deletion.
 */
public final class TimelineChart {

  private static final int WIDTH = 56;

  private TimelineChart() {}

  static List<String> draw(SourceTimeline timeline, LocalDate asOf, String indent) {
    LocalDate first = asOf;
    LocalDate last = timeline.firstDayDeleted().plusDays(7);
    for (TargetTiming timing : timeline.targets()) {
      first = min(first, timing.start());
      last = max(last, timing.start().plusDays(7));
    }
    first = min(first, timeline.firstDayWithoutService().minusDays(14));
    if (timeline.transfer().isPresent()) {
      first = min(first, timeline.transfer().get().date());
    }
    long days = ChronoUnit.DAYS.between(first, last) + 1;
    long perColumn = Math.max(1, (days + WIDTH - 1) / WIDTH);
    int columns = (int) ((days + perColumn - 1) / perColumn);
    int label = labelWidth(timeline);

    List<String> lines = new ArrayList<>();
    String from = first.toString();
    String to = first.plusDays((columns - 1) * perColumn).toString();
    lines.add(
        indent
            + " ".repeat(label + 2)
            + from
            + " ".repeat(Math.max(1, columns - from.length() - to.length()))
            + to);
    StringBuilder source = new StringBuilder();
    for (int column = 0; column < columns; column++) {
      source.append(sourceSymbol(timeline, first.plusDays(column * perColumn)));
    }
    if (timeline.transfer().isPresent()) {
      // The transfer's day: the subscription goes on, billed by the new partner.
      long column = ChronoUnit.DAYS.between(first, timeline.transfer().get().date()) / perColumn;
      if (column >= 0 && column < columns) {
        source.setCharAt((int) column, '◆');
      }
    }
    lines.add(indent + pad(Labels.safe(timeline.source().value()), label) + "  " + source);
    for (TargetTiming timing : timeline.targets()) {
      StringBuilder target = new StringBuilder();
      for (int column = 0; column < columns; column++) {
        LocalDate day = first.plusDays(column * perColumn);
        // The column holding the start day is drawn, so that one-column gaps stay visible.
        boolean started = !day.plusDays(perColumn - 1).isBefore(timing.start());
        target.append(started ? '█' : ' ');
      }
      lines.add(indent + pad(Labels.safe(timing.target().value()), label) + "  " + target);
    }
    return lines;
  }

  private static char sourceSymbol(SourceTimeline timeline, LocalDate day) {
    // A transferred subscription moves whole and goes on serving: no lifecycle after it.
    if (timeline.transfer().isPresent() || day.isBefore(timeline.firstDayWithoutService())) {
      return '█';
    }
    if (day.isBefore(timeline.firstDayDisabled())) {
      return '▒';
    }
    if (day.isBefore(timeline.firstDayDeleted())) {
      return '░';
    }
    return '·';
  }

  private static int labelWidth(SourceTimeline timeline) {
    int width = Labels.safe(timeline.source().value()).length();
    for (TargetTiming timing : timeline.targets()) {
      width = Math.max(width, Labels.safe(timing.target().value()).length());
    }
    return width;
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(width - text.length());
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
