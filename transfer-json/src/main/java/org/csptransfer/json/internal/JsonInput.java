package org.csptransfer.json.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import org.csptransfer.json.ScenarioException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses csp-transfer's input documents into trees, bounded: at most a number of characters (the
 * parser stops there, so a reader never holds more), nesting at most {@value #MAX_NESTING} deep,
 * duplicate fields refused, decimals kept exact. Every failure is a {@link ScenarioException} in
 * the document's words, or the reader's own {@link IOException}.
 */
public final class JsonInput {

  /** The deepest nesting of a document; scenarios use four levels. */
  public static final int MAX_NESTING = 64;

  private final JsonMapper mapper;
  private final long maxChars;

  /**
   * Creates a parser of documents of at most a number of characters.
   *
   * @param maxChars the limit, at least 1
   */
  public JsonInput(long maxChars) {
    this.maxChars = maxChars;
    this.mapper =
        JsonMapper.builder(
                JsonFactory.builder()
                    .streamReadConstraints(
                        StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING)
                            .maxDocumentLength(maxChars)
                            // A string is bounded by the document, not by Jackson's own limit.
                            .maxStringLength((int) Math.min(maxChars, Integer.MAX_VALUE))
                            .build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
  }

  /**
   * Returns a reader of UTF-8 bytes that reports malformed bytes instead of replacing them.
   *
   * @param in the bytes
   * @return the text
   */
  public static Reader utf8(InputStream in) {
    return new InputStreamReader(
        in,
        UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  /**
   * Parses a document of UTF-8 bytes.
   *
   * @param utf8 the bytes
   * @return the document's value, never missing
   * @throws ScenarioException if it is empty, not JSON, not UTF-8, too large or too deep
   */
  public JsonNode tree(byte[] utf8) {
    if (looksLikeUtf16Or32(utf8)) {
      // Jackson would detect and decode them: the contract reads UTF-8 only.
      throw new ScenarioException("(document)", "not UTF-8 text");
    }
    JsonNode root;
    try {
      root = mapper.readTree(utf8);
    } catch (JacksonException e) {
      String message = String.valueOf(e.getOriginalMessage());
      if (message.contains("UTF-8") || message.contains("UTF8")) {
        throw new ScenarioException("(document)", "not UTF-8 text");
      }
      throw JsonErrors.malformed(e, maxChars);
    }
    if (root == null || root.isMissingNode()) {
      throw new ScenarioException("(document)", "empty");
    }
    return root;
  }

  /**
   * Tells whether bytes start as UTF-16 or UTF-32 text does: a byte-order mark of either, or a zero
   * byte among the first four (a JSON document in UTF-8 has none there).
   */
  private static boolean looksLikeUtf16Or32(byte[] bytes) {
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
            || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      return true;
    }
    for (int i = 0; i < Math.min(4, bytes.length); i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Parses a document.
   *
   * @param in the text; not closed
   * @return the document's value, never missing
   * @throws IOException if the text cannot be read
   * @throws ScenarioException if it is empty, not JSON, not UTF-8, too large or too deep
   */
  public JsonNode tree(Reader in) throws IOException {
    JsonNode root;
    try {
      root = mapper.readTree(in);
    } catch (JacksonException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw new ScenarioException("(document)", "not UTF-8 text");
      }
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw JsonErrors.malformed(e, maxChars);
    }
    if (root == null || root.isMissingNode()) {
      throw new ScenarioException("(document)", "empty");
    }
    return root;
  }
}
