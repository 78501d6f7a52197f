package org.csptransfer.json.internal;

import java.io.IOException;
import java.io.Writer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creates the JSON generators of csp-transfer's documents. Besides what JSON requires (Jackson
 * escapes the controls below U+0020), they escape as {@code \\uXXXX} every other character {@link
 * Printable#isUnsafe(char)} names: DEL and the C1 controls, line and paragraph separators,
 * bidirectional controls and zero-width characters. A decision printed to a terminal, or a JSON
 * line read by a person, then cannot hide, reorder or forge text with a name or an id; the escaped
 * document is the same JSON value.
 *
 * <p>The escaping is done on the way out rather than by Jackson's character escapes, which would
 * send every string through Jackson's slow path: in csp-transfer's output such characters can only
 * stand inside strings, where {@code \\uXXXX} means the character itself.
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
    return (pretty ? PRETTY : COMPACT).createGenerator(new EscapingWriter(out));
  }

  private static JsonMapper mapper(boolean pretty) {
    return JsonMapper.builder()
        .configure(SerializationFeature.INDENT_OUTPUT, pretty)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
  }

  /** Passes text through, unsafe characters at or above DEL written as {@code \\uXXXX}. */
  static final class EscapingWriter extends Writer {
    private final Writer out;
    private int pendingHigh = -1;

    EscapingWriter(Writer out) {
      this.out = out;
    }

    private static boolean escaped(char c) {
      return c >= 0x7F && Printable.isUnsafe(c);
    }

    @Override
    public void write(char[] text, int offset, int length) throws IOException {
      write(java.nio.CharBuffer.wrap(text, offset, length));
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
      write(java.nio.CharBuffer.wrap(text, offset, offset + length));
    }

    /**
     * Writes the text, escaping unsafe characters and lone surrogates; a high surrogate ending one
     * write waits for the next to know whether its pair follows.
     */
    private void write(java.nio.CharBuffer text) throws IOException {
      int end = text.length();
      int run = 0;
      int i = 0;
      if (pendingHigh >= 0 && end > 0) {
        if (Character.isLowSurrogate(text.charAt(0))) {
          out.write(pendingHigh);
        } else {
          escape((char) pendingHigh);
        }
        pendingHigh = -1;
        if (Character.isLowSurrogate(text.charAt(0))) {
          // The pair is whole: its low half goes out with the run.
          i = 1;
        }
      }
      for (; i < end; i++) {
        char c = text.charAt(i);
        if (c < 0x7F) {
          continue;
        }
        if (Character.isHighSurrogate(c)) {
          if (i + 1 < end) {
            if (Character.isLowSurrogate(text.charAt(i + 1))) {
              i++;
              continue;
            }
          } else {
            out.append(text, run, i);
            pendingHigh = c;
            return;
          }
        } else if (!Character.isLowSurrogate(c) && !escaped(c)) {
          continue;
        }
        out.append(text, run, i);
        escape(c);
        run = i + 1;
      }
      out.append(text, run, end);
    }

    @Override
    public void write(int c) throws IOException {
      write(new char[] {(char) c}, 0, 1);
    }

    private void escape(char c) throws IOException {
      out.write("\\u");
      String hex = Integer.toHexString(c);
      for (int pad = hex.length(); pad < 4; pad++) {
        out.write('0');
      }
      out.write(hex);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      if (pendingHigh >= 0) {
        escape((char) pendingHigh);
        pendingHigh = -1;
      }
      flush();
    }
  }
}
