package org.csptransfer.json.internal;

import org.csptransfer.json.ScenarioException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.TokenStreamLocation;

/**
 * Turns the JSON parser's complaints into problems in the document's own words: where (the JSON
 * path the parser had reached, and the line and column) and what, without the parser's class names,
 * feature flags or hints.
 */
public final class JsonErrors {

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

  /** The JSON path the parser was reading, in the scenario's notation. */
  private static String pathOf(JacksonException e) {
    if (!(e.processor() instanceof JsonParser parser)) {
      return "(document)";
    }
    JsonPointer pointer = parser.streamReadContext().pathAsPointer();
    StringBuilder path = new StringBuilder();
    for (JsonPointer at = pointer; at != null && !at.matches(); at = at.tail()) {
      String name = at.getMatchingProperty();
      if (at.mayMatchElement() && name.chars().allMatch(Character::isDigit)) {
        path.append('[').append(name).append(']');
      } else {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(Printable.escape(name, 60));
      }
    }
    return path.length() == 0 ? "(document)" : path.toString();
  }

  private static String reason(String message, long maxChars) {
    String first = message.lines().findFirst().orElse("");
    if (first.startsWith("Unexpected end-of-input")) {
      return "the document ends too early";
    }
    if (first.startsWith("Duplicate Object property")) {
      int open = first.indexOf('"');
      int close = first.lastIndexOf('"');
      String name = open >= 0 && close > open ? first.substring(open + 1, close) : "?";
      return "field '" + Printable.escape(name, 60) + "' appears twice";
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
    if (first.contains("Document length")) {
      return "the document is larger than the " + maxChars + " characters allowed";
    }
    if (first.contains("Number value length")) {
      return "a number is written with too many digits";
    }
    if (first.contains("String value length") || first.contains("Name length")) {
      return "a string is too long";
    }
    if (first.contains("nesting depth")) {
      return "values are nested too deeply";
    }
    if (first.contains("UTF-8") || first.contains("UTF8")) {
      return "the document is not UTF-8 text";
    }
    return "not valid JSON";
  }

  /** The first single-quoted text of a parser message, escaped. */
  private static String quoted(String message) {
    int open = message.indexOf('\'');
    int close = open < 0 ? -1 : message.indexOf('\'', open + 1);
    if (close == open + 1 && message.length() > close + 1 && message.charAt(close + 1) == '\'') {
      return "'"; // the character was a quote itself: ('''
    }
    return open >= 0 && close > open
        ? Printable.escape(message.substring(open + 1, close), 40)
        : "?";
  }
}
