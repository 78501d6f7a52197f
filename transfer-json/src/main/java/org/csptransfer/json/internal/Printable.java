package org.csptransfer.json.internal;

/**
 * Makes text from a scenario safe to print: a name or an id may hold anything a file can, and
 * printed raw it could erase a line of a terminal (escape codes), reorder it (bidirectional
 * overrides) or forge one (line breaks). Such characters are shown as {@code \\u{XXXX}} escapes,
 * and long values are cut, so that one bad value never floods an error line.
 */
public final class Printable {

  private Printable() {}

  /**
   * Returns the text with every control character (C0, DEL, C1), line and paragraph separator,
   * bidirectional control and zero-width character shown as {@code \\u{XXXX}}, and a backslash
   * doubled so that an escape cannot be forged.
   *
   * @param text the text
   * @return the printable text, on one line
   */
  public static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isUnsafe(c) || c == '\\' || isLoneSurrogate(text, i)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        if (c == '\\') {
          out.append("\\\\");
        } else {
          out.append(String.format("\\u{%04X}", (int) c));
        }
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * Returns the text escaped and cut to at most a number of characters, an ellipsis marking the
   * cut.
   *
   * @param text the text
   * @param max the most characters to keep of the text, at least 1
   * @return the printable, bounded text
   */
  public static String escape(String text, int max) {
    String cut = text.length() > max ? text.substring(0, cutAt(text, max)) : text;
    String escaped = escape(cut);
    return text.length() > max ? escaped + "…(" + text.length() + " characters)" : escaped;
  }

  /**
   * Returns a text that may already hold escapes (a problem this module wrote) safe to print:
   * unsafe characters shown as {@code \\u{XXXX}}, backslashes left as they are, cut to at most a
   * number of characters.
   *
   * @param text the text
   * @param max the most characters to keep of the text, at least 1
   * @return the printable, bounded text
   */
  public static String escapeControls(String text, int max) {
    String cut = text.length() > max ? text.substring(0, cutAt(text, max)) : text;
    StringBuilder out = new StringBuilder(cut.length() + 16);
    for (int i = 0; i < cut.length(); i++) {
      char c = cut.charAt(i);
      if (isUnsafe(c) || isLoneSurrogate(cut, i)) {
        out.append(String.format("\\u{%04X}", (int) c));
      } else {
        out.append(c);
      }
    }
    return text.length() > max ? out + "…(" + text.length() + " characters)" : out.toString();
  }

  /**
   * Tells whether the character at a position is half of a surrogate pair without its other half:
   * it encodes nothing, and UTF-8 cannot carry it.
   *
   * @param text the text
   * @param i a position in it
   * @return true for a high surrogate not followed by a low one, or a low one not after a high one
   */
  public static boolean isLoneSurrogate(CharSequence text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    return Character.isLowSurrogate(c)
        && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
  }

  /** Where to cut a text to at most a number of characters without splitting a pair. */
  private static int cutAt(String text, int max) {
    return max > 0 && Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
  }

  /**
   * Tells whether a character must not be printed as is.
   *
   * @param c the character
   * @return true for controls, line breaks, bidirectional controls and zero-width characters
   */
  public static boolean isUnsafe(char c) {
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || c == 0x2028
        || c == 0x2029
        || (c >= 0x200B && c <= 0x200F)
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2060 && c <= 0x2069)
        || c == 0x061C
        || c == 0xFEFF;
  }
}
