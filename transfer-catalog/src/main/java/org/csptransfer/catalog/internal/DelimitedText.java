package org.csptransfer.catalog.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads delimited text (RFC 4180 CSV, or tab-separated values): records of fields, a field quoted
 * with {@code "} when it holds the delimiter, a quote or a line break, a doubled quote inside a
 * quoted field standing for one. A byte-order mark at the start is skipped; records end with LF or
 * CRLF; a last empty line is no record. A closing quote must end its field: text after it ({@code
 * "a"b}) is refused rather than silently joined, since it means the quoting is not what the writer
 * meant (a stray quote inside a field).
 */
public final class DelimitedText {

  private final Reader in;
  private final char delimiter;
  // Read a block at a time: a character at a time through a Reader costs a call and a lock each.
  private final char[] buffer = new char[8192];
  private int position;
  private int limit;
  private int line = 1;

  /**
   * Returns a reader of records.
   *
   * @param in the text
   * @param delimiter the field delimiter, {@code ','} or {@code '\t'}
   */
  public DelimitedText(Reader in, char delimiter) {
    this.in = in;
    this.delimiter = delimiter;
  }

  /**
   * Returns the line the next record starts on, counting from 1.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  private int read() throws IOException {
    if (position == limit && !fill()) {
      return -1;
    }
    return buffer[position++];
  }

  private int peek() throws IOException {
    if (position == limit && !fill()) {
      return -1;
    }
    return buffer[position];
  }

  private boolean fill() throws IOException {
    int read = in.read(buffer, 0, buffer.length);
    if (read == 0) {
      // A Reader must block until it has a character, but some return none; read() must not.
      int c = in.read();
      if (c == -1) {
        return false;
      }
      buffer[0] = (char) c;
      read = 1;
    }
    if (read == -1) {
      return false;
    }
    position = 0;
    limit = read;
    return true;
  }

  /**
   * Reads the next record.
   *
   * @return its fields, or null at the end of the text
   * @throws IOException if the text cannot be read
   * @throws IllegalArgumentException if a quoted field is not closed, or text follows a closing
   *     quote in its field
   */
  public @Nullable List<String> next() throws IOException {
    if (line == 1 && peek() == '\uFEFF') {
      read();
    }
    if (peek() == -1) {
      return null;
    }
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean closed = false; // the current field's closing quote was read
    int start = line;
    while (true) {
      int c = read();
      if (quoted) {
        if (c == -1) {
          throw new IllegalArgumentException("line " + start + ": a quoted field is not closed");
        }
        if (c == '"') {
          if (peek() == '"') {
            field.append((char) read());
          } else {
            quoted = false;
            closed = true;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append((char) c);
        }
        continue;
      }
      if (closed && !endsField(c)) {
        throw new IllegalArgumentException(
            "line " + line + ": text after the closing quote of a field");
      }
      if (c == '"' && field.length() == 0) {
        quoted = true;
      } else if (c == delimiter) {
        fields.add(field.toString());
        field.setLength(0);
        closed = false;
      } else if (c == '\n' || c == -1) {
        fields.add(field.toString());
        line++;
        return fields;
      } else if (c != '\r' || peek() != '\n') { // a CR before LF is dropped: the LF ends the record
        field.append((char) c);
      }
    }
  }

  private boolean endsField(int c) throws IOException {
    return c == delimiter || c == '\n' || c == -1 || (c == '\r' && peek() == '\n');
  }
}
