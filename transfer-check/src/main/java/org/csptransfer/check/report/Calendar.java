package org.csptransfer.check.report;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.RunbookStep;
import org.csptransfer.rules.TransitionDecision;
import org.jspecify.annotations.Nullable;

/**
 * The runbook as an iCalendar file (RFC 5545; CONTRACT.md, "Version 3", clarification 10): one
 * all-day {@code VEVENT} per dated step and a {@code VTODO} without a due date per undated one, in
 * runbook order, input after input; {@code SUMMARY} the step's description, {@code DESCRIPTION} the
 * scenario, the customer and the current partner, {@code CATEGORIES} the actor. Nothing depends on
 * the clock: {@code DTSTAMP} is the plan's as-of date at midnight UTC and each {@code UID} a hash
 * of the input's name, the step, its subjects and its date, so the same plans give the same bytes.
 * Lines end with CRLF and are folded at 75 octets; text is escaped as the RFC says, after every
 * control and bidirectional character is shown escaped.
 */
public final class Calendar {

  /** Fixed, without the library's version, so that a new release writes the same file. */
  static final String PRODID = "-//csp-transfer//transfer-check runbook//EN";

  private static final int LINE_OCTETS = 75;
  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

  private final Labels labels;
  private final StringBuilder out = new StringBuilder(4096);

  /**
   * Starts a calendar.
   *
   * @param labels the language of summaries and descriptions
   */
  public Calendar(Labels labels) {
    this.labels = labels;
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:" + PRODID);
    line("CALSCALE:GREGORIAN");
  }

  /**
   * Adds the runbook of one decision.
   *
   * @param input the input's name, for example its file name
   * @param request the plan
   * @param decision its decision
   * @return this calendar
   */
  public Calendar add(String input, TransitionRequest request, TransitionDecision decision) {
    String stamp = DATE.format(request.asOf()) + "T000000Z";
    List<RunbookStep> runbook = decision.runbook();
    if (runbook.isEmpty()) {
      line("BEGIN:VTODO");
      line("UID:" + uid(input, "NONE", List.of(), null));
      line("DTSTAMP:" + stamp);
      text("SUMMARY", Labels.safe(labels.label("calendar.nothingToDo")));
      text("DESCRIPTION", description(input, request, null));
      line("END:VTODO");
      return this;
    }
    for (RunbookStep step : runbook) {
      LocalDate date = step.date().orElse(null);
      String component = date == null ? "VTODO" : "VEVENT";
      line("BEGIN:" + component);
      line("UID:" + uid(input, step.kind().name(), step.subjects(), date));
      line("DTSTAMP:" + stamp);
      if (date != null) {
        line("DTSTART;VALUE=DATE:" + DATE.format(date));
        line("DTEND;VALUE=DATE:" + DATE.format(date.plusDays(1)));
      }
      text("SUMMARY", Labels.safe(labels.messages().description(step, labels.locale())));
      text(
          "DESCRIPTION",
          description(input, request, step.actorPartnerId().map(id -> id.value()).orElse(null)));
      line("CATEGORIES:" + step.actor().name());
      line("END:" + component);
    }
    return this;
  }

  /**
   * Ends the calendar.
   *
   * @return the whole file, CRLF line endings
   */
  public String finish() {
    line("END:VCALENDAR");
    return out.toString();
  }

  /** The template's line breaks are kept; the values from the scenario are shown safe. */
  private String description(
      String input, TransitionRequest request, @Nullable String currentPartner) {
    Map<String, Object> arguments = new HashMap<>();
    arguments.put("scenario", Labels.safe(input));
    arguments.put("customer", Labels.safe(request.customer().name()));
    arguments.put("tenantId", request.customer().tenantId().toString());
    if (currentPartner != null) {
      arguments.put("currentPartner", Labels.safe(currentPartner));
    }
    return labels.text("calendar.description", arguments);
  }

  /** A TEXT property escaped per RFC 5545, section 3.3.11; the value is already safe to show. */
  private void text(String name, String safe) {
    StringBuilder escaped = new StringBuilder(safe.length() + 8);
    for (int i = 0; i < safe.length(); i++) {
      char c = safe.charAt(i);
      switch (c) {
        case '\\' -> escaped.append("\\\\");
        case ';' -> escaped.append("\\;");
        case ',' -> escaped.append("\\,");
        case '\n' -> escaped.append("\\n");
        default -> escaped.append(c);
      }
    }
    line(name + ":" + escaped);
  }

  /** A content line, folded at 75 octets without splitting a character, ended by CRLF. */
  private void line(String content) {
    int octets = 0;
    int i = 0;
    while (i < content.length()) {
      int codePoint = content.codePointAt(i);
      int width = new String(Character.toChars(codePoint)).getBytes(UTF_8).length;
      if (octets + width > LINE_OCTETS) {
        out.append("\r\n ");
        octets = 1;
      }
      out.appendCodePoint(codePoint);
      octets += width;
      i += Character.charCount(codePoint);
    }
    out.append("\r\n");
  }

  private static String uid(
      String input, String step, List<String> subjects, @Nullable LocalDate date) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      StringBuilder key = new StringBuilder(input).append('\n').append(step);
      for (String subject : subjects) {
        key.append('\n').append(subject);
      }
      key.append('\n').append(date == null ? "" : date.toString());
      byte[] digest = sha.digest(key.toString().getBytes(UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16) + "@transfer-check";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
