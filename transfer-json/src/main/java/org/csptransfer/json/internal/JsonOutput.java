package org.csptransfer.json.internal;

import java.io.Writer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creates the JSON generators of csp-transfer's documents. Besides what JSON requires, they escape
 * (as {@code \\uXXXX}) every character {@link Printable#isUnsafe(char)} names, so that a decision
 * printed to a terminal, or a JSON line read by a person, cannot hide, reorder or forge text with a
 * name or id holding escape codes, bidirectional controls or line separators. The escaped document
 * is the same JSON value.
 */
public final class JsonOutput {

  private static final JsonMapper COMPACT = mapper(false);
  private static final JsonMapper PRETTY = mapper(true);

  private JsonOutput() {}

  /**
   * Returns a generator writing to a writer; closing it flushes but does not close the writer.
   *
   * @param out where the JSON goes
   * @param pretty whether to indent (two spaces, one value per line) or write one line
   * @return the generator
   */
  public static JsonGenerator generator(Writer out, boolean pretty) {
    return (pretty ? PRETTY : COMPACT).createGenerator(out);
  }

  private static JsonMapper mapper(boolean pretty) {
    return JsonMapper.builder(JsonFactory.builder().characterEscapes(new UnsafeEscapes()).build())
        .configure(SerializationFeature.INDENT_OUTPUT, pretty)
        .disable(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
  }

  /** JSON's own escapes, and the unsafe characters beyond ASCII as {@code \\uXXXX}. */
  private static final class UnsafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;

    private final int[] ascii = standardAsciiEscapesForJSON();

    UnsafeEscapes() {
      ascii[0x7F] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    @SuppressWarnings("NullAway") // null is the API's "no escape"
    public SerializableString getEscapeSequence(int c) {
      if (c > 0xFFFF || !Printable.isUnsafe((char) c)) {
        return null;
      }
      return new SerializedString(String.format("\\u%04x", c));
    }
  }
}
