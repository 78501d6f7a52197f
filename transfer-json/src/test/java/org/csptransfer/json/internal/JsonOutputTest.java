package org.csptransfer.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;

/**
 * The writer under every generator: what Jackson leaves as is but a terminal would act on (DEL, C1
 * controls, bidirectional and zero-width characters, line separators) leaves as a JSON escape,
 * whichever way the text is written.
 */
class JsonOutputTest {

  private static final String HOSTILE = "a\u007Fb\u0085c\u202Ed\u2028é";
  private static final String ESCAPED = "a\\u007fb\\u0085c\\u202ed\\u2028é";

  @Test
  void charactersArraysStringsAndSingleCharactersAreEscapedAlike() throws IOException {
    StringWriter out = new StringWriter();
    Writer escaping = new JsonOutput.EscapingWriter(out);
    char[] text = ("[" + HOSTILE + "]").toCharArray();
    escaping.write(text, 1, text.length - 2);
    escaping.write("[" + HOSTILE + "]", 1, HOSTILE.length());
    for (int at = 0; at < HOSTILE.length(); at++) {
      escaping.write(HOSTILE.charAt(at));
    }
    escaping.write("\u007F");
    assertEquals(ESCAPED + ESCAPED + ESCAPED + "\\u007f", out.toString());
  }

  @Test
  void asciiControlsAreLeftToJacksonAndTheRestPassesThrough() throws IOException {
    StringWriter out = new StringWriter();
    Writer escaping = new JsonOutput.EscapingWriter(out);
    escaping.write("\u001F~ \u00A0");
    escaping.write('\u001F');
    assertEquals("\u001F~ \u00A0\u001F", out.toString());
  }

  @Test
  void aGeneratorEscapesAndFlushesButNeverClosesTheTarget() throws IOException {
    RecordingWriter out = new RecordingWriter();
    try (JsonGenerator json = JsonOutput.generator(out, false)) {
      json.writeString(HOSTILE);
      json.flush();
      assertTrue(out.flushed, "flush reaches the target");
    }
    assertEquals("\"" + ESCAPED + "\"", out.toString());
    assertTrue(!out.closed, "the caller's writer stays open");
  }

  @Test
  void closingTheEscapingWriterFlushesButLeavesTheTargetOpen() throws IOException {
    RecordingWriter out = new RecordingWriter();
    new JsonOutput.EscapingWriter(out).close();
    assertTrue(out.flushed);
    assertTrue(!out.closed);
  }

  @Test
  void prettyPrintingIndents() {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = JsonOutput.generator(out, true)) {
      json.writeStartObject();
      json.writeNumberProperty("a", 1);
      json.writeEndObject();
    }
    assertEquals("{\n  \"a\" : 1\n}", out.toString());
  }

  private static final class RecordingWriter extends StringWriter {
    boolean flushed;
    boolean closed;

    @Override
    public void flush() {
      flushed = true;
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
