package org.csptransfer.json.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.csptransfer.json.ScenarioException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;

/**
 * Turns the JSON parser's complaints into problems in the document's own words: where (the JSON
 * path the parser had reached, and the line and column) and what, without the parser's class names,
 * feature flags or hints.
 */
public final class JsonErrors {

  /**
   * A text in single quotes: at least one character, so that the parser's {@code '''} (the
   * character was a quote) reads as a quote.
   */
  private static final Pattern SINGLE_QUOTED = Pattern.compile("'(.+?)'");

  /** From the first double quote to the last: a field name may hold quotes. */
  private static final Pattern DOUBLE_QUOTED = Pattern.compile("\"(.*)\"");

  private JsonErrors() {}

  /**
   * Returns the problem of a document the parser refused.
   *
   * @param e the parser's exception
   * @param maxChars the largest document allowed, for the message when it is exceeded
   * @return the exception to throw
   */
  public static ScenarioException malformed(JacksonException e, long maxChars) {
    TokenStreamLocation at = e.getLocation();
    String where =
        at == null || at.getLineNr() < 1
            ? ""
            : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    return new ScenarioException(
        pathOf(e),
        "malformed JSON" + where + ": " + reason(String.valueOf(e.getOriginalMessage()), maxChars));
  }

  /**
   * The JSON path the parser was reading, in the scenario's notation. It walks the parser's
   * contexts rather than its JSON pointer: a pointer cannot tell the element {@code [12]} of a list
   * from a field named {@code "12"}.
   */
  private static String pathOf(JacksonException e) {
    if (!(e.processor() instanceof JsonParser parser)) {
      return "(document)";
    }
    Deque<String> segments = new ArrayDeque<>();
    for (TokenStreamContext at = parser.streamReadContext();
        at != null && !at.inRoot();
        at = at.getParent()) {
      if (!at.hasPathSegment()) {
        continue;
      }
      if (at.inArray()) {
        segments.addFirst("[" + at.getCurrentIndex() + "]");
      } else {
        segments.addFirst("." + Printable.escape(String.valueOf(at.currentName()), 60));
      }
    }
    if (segments.isEmpty()) {
      return "(document)";
    }
    String path = String.join("", segments);
    return path.startsWith(".") ? path.substring(1) : path;
  }

  private static String reason(String message, long maxChars) {
    String first = message.lines().findFirst().orElse("");
    if (first.startsWith("Unexpected end-of-input")) {
      return "the document ends too early";
    }
    if (first.startsWith("Duplicate Object property")) {
      Matcher name = DOUBLE_QUOTED.matcher(first);
      return "field '"
          + (name.find() ? Printable.escape(name.group(1), 60) : "?")
          + "' appears twice";
    }
    if (first.startsWith("Trailing token")) {
      return "something follows the document's value";
    }
    if (first.contains("Leading zeroes")) {
      return "a number starts with a zero";
    }
    if (first.startsWith("Non-standard token")) {
      return "'" + quoted(first) + "' is not a JSON value";
    }
    if (first.startsWith("Unrecognized token")) {
      return "'" + quoted(first) + "' is not a JSON value";
    }
    if (first.startsWith("Illegal unquoted character")) {
      return "a string holds a raw control character (write it escaped, as \\n or \\u0000)";
    }
    if (first.startsWith("Unexpected character")) {
      return "unexpected character '" + quoted(first) + "'";
    }
    // A string longer than the document's limit makes the document longer than it: one message.
    if (first.contains("Document length") || first.contains("String value length")) {
      return "the document is larger than the " + maxChars + " characters allowed";
    }
    if (first.contains("Number value length")) {
      return "a number is written with too many digits";
    }
    if (first.contains("Name length")) {
      return "a field name is too long";
    }
    if (first.contains("nesting depth")) {
      return "values are nested too deeply";
    }
    return "not valid JSON";
  }

  /** The first single-quoted text of a parser message, escaped. */
  private static String quoted(String message) {
    Matcher quoted = SINGLE_QUOTED.matcher(message);
    return quoted.find() ? Printable.escape(quoted.group(1), 40) : "?";
  }
}
