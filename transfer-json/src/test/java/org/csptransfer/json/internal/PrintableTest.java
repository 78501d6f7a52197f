package org.csptransfer.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which characters are unsafe to print, at the edges of every range, and how texts are cut. */
class PrintableTest {

  @ParameterizedTest
  @ValueSource(
      chars = {
        '\u0000', '\u001F', '\u007F', '\u0085', '\u009F', '\u061C', '\u200B', '\u200F', '\u2028',
        '\u2029', '\u202A', '\u202E', '\u2060', '\u2069', '\uFEFF'
      })
  void controlsSeparatorsBidiAndZeroWidthCharactersAreUnsafe(char c) {
    assertTrue(Printable.isUnsafe(c), () -> Integer.toHexString(c));
  }

  @ParameterizedTest
  @ValueSource(
      chars = {
        ' ', '~', '\u00A0', '\u00E9', '\u061B', '\u061D', '\u200A', '\u2010', '\u2027', '\u202F',
        '\u205F', '\u206A', '\uFEFE', '\uFF00'
      })
  void theirNeighboursArePrintable(char c) {
    assertFalse(Printable.isUnsafe(c), () -> Integer.toHexString(c));
  }

  @Test
  void escapeShowsUnsafeCharactersAndDoublesBackslashes() {
    String safe = "Société Générale";
    assertSame(safe, Printable.escape(safe));
    assertEquals("a\\u{000A}b\\\\u{000A}\\u{202E}", Printable.escape("a\nb\\u{000A}\u202E"));
  }

  @Test
  void loneSurrogatesAreShownAndPairsKeptWhole() {
    assertEquals("a\\u{D800}b😀\\u{DC00}", Printable.escape("a\ud800b😀\udc00"));
    assertEquals("x\\u{D83D}", Printable.escapeControls("x\ud83d", 10));
    assertEquals("ab…(4 characters)", Printable.escape("ab😀", 3));
    assertEquals(true, Printable.isLoneSurrogate("\ud800", 0));
    assertEquals(false, Printable.isLoneSurrogate("😀", 0));
    assertEquals(false, Printable.isLoneSurrogate("😀", 1));
    assertEquals(true, Printable.isLoneSurrogate("a\udc00", 1));
    assertEquals(false, Printable.isLoneSurrogate("a", 0));
  }

  @Test
  void escapeCutsOnlyBeyondTheLimit() {
    assertEquals("abc", Printable.escape("abc", 3));
    assertEquals("ab…(3 characters)", Printable.escape("abc", 2));
    assertEquals("\\u{0007}…(2 characters)", Printable.escape("\u0007x", 1));
  }

  @Test
  void escapeControlsKeepsBackslashesAndCutsOnlyBeyondTheLimit() {
    assertEquals("a\\nb\\u{001B}", Printable.escapeControls("a\\nb\u001B", 10));
    assertEquals("a\\nb\\u{001B}", Printable.escapeControls("a\\nb\u001B", 5));
    assertEquals("a\\n…(5 characters)", Printable.escapeControls("a\\nb\u001B", 3));
    assertEquals("", Printable.escapeControls("", 1));
  }
}
