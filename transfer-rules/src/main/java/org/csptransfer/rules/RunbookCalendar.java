package org.csptransfer.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.hash.Hashing;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.csptransfer.core.TransitionRequest;
import org.jspecify.annotations.Nullable;

/**
 * Writes runbooks as an iCalendar file (RFC 5545; CONTRACT.md, "Version 3", clarification 10), so
 * that each step lands in the calendar of whoever must take it: one all-day {@code VEVENT} per
 * dated step and a {@code VTODO} without a due date per undated one, in runbook order, plan after
 * plan; {@code SUMMARY} the step's description, {@code DESCRIPTION} the plan's name, the customer
 * and the current partner, {@code CATEGORIES} the actor. A runbook with no step gives one {@code
 * VTODO} saying there is nothing to do.
 *
 * <pre>{@code
 * String ics = RunbookCalendar.builder().locale(Locale.FRENCH)
 *     .add("contoso.json", request, decision)
 *     .write();
 * }</pre>
 *
 * <p>Nothing depends on a clock: {@code DTSTAMP} is each plan's as-of date at midnight UTC and each
 * {@code UID} a hash of the plan's name, the step, its subjects and its date, so the same plans
 * give the same bytes. Lines end with CRLF and are folded at 75 octets without splitting a
 * character; text is escaped as the RFC says, after every control, format (bidirectional,
 * zero-width) or lone surrogate character is shown as a {@code \\uXXXX} escape, so a name cannot
 * forge a line.
 */
public final class RunbookCalendar {

  /** Fixed, without the library's version, so that a new release writes the same file. */
  public static final String PRODID = "-//csp-transfer//runbook//EN";

  private static final int LINE_OCTETS = 75;
  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

  private RunbookCalendar() {}

  /**
   * Returns a builder, in English with the standard messages unless told otherwise.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Gathers the runbooks of plans, then writes them as one calendar. Not thread-safe. */
  public static final class Builder {
    private final StringBuilder out = new StringBuilder(4096);
    private Messages messages = Messages.standard();
    private Locale locale = Locale.ENGLISH;

    private Builder() {
      line("BEGIN:VCALENDAR");
      line("VERSION:2.0");
      line("PRODID:" + PRODID);
      line("CALSCALE:GREGORIAN");
    }

    /**
     * Sets the language of summaries and descriptions (default English).
     *
     * @param locale the language; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder locale(Locale locale) {
      this.locale = requireNonNull(locale, "locale");
      return this;
    }

    /**
     * Sets the messages summaries and descriptions are rendered with (default: {@link
     * Messages#standard()}).
     *
     * @param messages the messages; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder messages(Messages messages) {
      this.messages = requireNonNull(messages, "messages");
      return this;
    }

    /**
     * Adds the runbook of one plan.
     *
     * @param name the plan's name, for example its file name; not null
     * @param request the plan; not null
     * @param decision its decision; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder add(String name, TransitionRequest request, TransitionDecision decision) {
      requireNonNull(name, "name");
      String stamp = DATE.format(request.asOf()) + "T000000Z";
      List<RunbookStep> runbook = decision.runbook();
      if (runbook.isEmpty()) {
        line("BEGIN:VTODO");
        line("UID:" + uid(name, "NONE", List.of(), null));
        line("DTSTAMP:" + stamp);
        text("SUMMARY", visible(messages.text("calendar.nothingToDo", Map.of(), locale)));
        text("DESCRIPTION", description(name, request, null));
        line("END:VTODO");
        return this;
      }
      for (RunbookStep step : runbook) {
        LocalDate date = step.date().orElse(null);
        String component = date == null ? "VTODO" : "VEVENT";
        line("BEGIN:" + component);
        line("UID:" + uid(name, step.kind().name(), step.subjects(), date));
        line("DTSTAMP:" + stamp);
        if (date != null) {
          line("DTSTART;VALUE=DATE:" + DATE.format(date));
          line("DTEND;VALUE=DATE:" + DATE.format(date.plusDays(1)));
        }
        text("SUMMARY", visible(messages.description(step, locale)));
        text(
            "DESCRIPTION",
            description(name, request, step.actorPartnerId().map(id -> id.value()).orElse(null)));
        line("CATEGORIES:" + step.actor().name());
        line("END:" + component);
      }
      return this;
    }

    /**
     * Ends the calendar. The builder must not be used afterwards.
     *
     * @return the whole file, CRLF line endings
     */
    public String write() {
      line("END:VCALENDAR");
      return out.toString();
    }

    /** The template's line breaks are kept; the values from the plan are made visible. */
    private String description(
        String name, TransitionRequest request, @Nullable String currentPartner) {
      Map<String, Object> arguments = new HashMap<>();
      arguments.put("scenario", visible(name));
      arguments.put("customer", visible(request.customer().name()));
      arguments.put("tenantId", request.customer().tenantId().toString());
      if (currentPartner != null) {
        arguments.put("currentPartner", visible(currentPartner));
      }
      return messages.text("calendar.description", arguments, locale);
    }

    /** A TEXT property escaped per RFC 5545, section 3.3.11. */
    private void text(String name, String value) {
      StringBuilder escaped = new StringBuilder(value.length() + 8);
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
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
        int width = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
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
  }

  /**
   * Text with every control, format (bidirectional, zero-width), line separator or lone surrogate
   * character shown as a {@code \\uXXXX} escape: nothing invisible and no line break gets through.
   */
  static String visible(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      int count = Character.charCount(codePoint);
      int type = Character.getType(codePoint);
      boolean hidden =
          type == Character.CONTROL
              || type == Character.FORMAT
              || type == Character.LINE_SEPARATOR
              || type == Character.PARAGRAPH_SEPARATOR
              || type == Character.SURROGATE;
      if (hidden && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (hidden) {
          out.append(String.format(Locale.ROOT, "\\u%04X", codePoint));
        } else {
          out.appendCodePoint(codePoint);
        }
      }
      i += count;
    }
    return out == null ? text : out.toString();
  }

  private static String uid(
      String name, String step, List<String> subjects, @Nullable LocalDate date) {
    StringBuilder key = new StringBuilder(name).append('\n').append(step);
    for (String subject : subjects) {
      key.append('\n').append(subject);
    }
    key.append('\n').append(date == null ? "" : date.toString());
    // SHA-256 of the key's UTF-16 units: the same on every machine, no encoding involved.
    return Hashing.sha256().hashUnencodedChars(key).toString().substring(0, 32) + "@transfer-check";
  }
}
