package org.csptransfer.core.internal;

/**
 * What counts as blank text, for ids and names: nothing but white space, Unicode space separators
 * or zero-width characters. {@link String#isBlank()} alone lets an id of no-break spaces (U+00A0)
 * or zero-width spaces (U+200B) through, which prints as nothing.
 */
public final class Texts {

  private Texts() {}

  /**
   * Tells whether a text would print as nothing.
   *
   * @param text the text
   * @return true if every character is white space ({@link Character#isWhitespace(int)}), a Unicode
   *     space separator (category Zs, for example U+00A0) or a zero-width or formatting character
   *     that prints nothing (U+200B to U+200F, U+2060 to U+2064, U+FEFF, U+180E)
   */
  public static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (!isInvisible(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  private static boolean isInvisible(int c) {
    return Character.isWhitespace(c)
        || Character.getType(c) == Character.SPACE_SEPARATOR
        || (c >= 0x200B && c <= 0x200F)
        || (c >= 0x2060 && c <= 0x2064)
        || c == 0xFEFF
        || c == 0x180E;
  }
}
