package org.csptransfer.json.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.csptransfer.core.internal.Texts;
import org.csptransfer.json.ScenarioException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of one JSON object strictly, knowing its path: a missing mandatory field, a
 * value of the wrong type or a field nobody asked for is a {@link ScenarioException} naming the
 * path. A JSON {@code null} counts as absent. Values quoted in problems are escaped and cut short.
 *
 * <p>Paths are only spelled out when a problem is found: reading a valid document builds no path
 * string, so that a book of many scenarios pays for none.
 */
public final class JsonObjectReader {

  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

  private static final int QUOTED = 60;

  private final JsonNode node;
  private final JsonObjectReader.Path path;
  private String[] read = new String[16];
  private int readCount;

  private JsonObjectReader(JsonNode node, JsonObjectReader.Path path) {
    this.node = node;
    this.path = path;
    if (!node.isObject()) {
      throw new ScenarioException(path.text(), "expected an object, got " + describe(node));
    }
  }

  /** Where an object is, spelled out only when needed. */
  private static final class Path {
    private final JsonObjectReader.@Nullable Path parent;
    private final String field;
    private final int index;

    private Path(JsonObjectReader.@Nullable Path parent, String field, int index) {
      this.parent = parent;
      this.field = field;
      this.index = index;
    }

    String text() {
      JsonObjectReader.Path above = parent;
      if (above == null) {
        return "(document)";
      }
      String inParent = above.parent == null ? field : above.text() + "." + field;
      return index < 0 ? inParent : inParent + "[" + index + "]";
    }
  }

  private static final JsonObjectReader.Path ROOT = new JsonObjectReader.Path(null, "", -1);

  /**
   * Returns a reader of a document's top object.
   *
   * @param node the document
   * @return the reader
   * @throws ScenarioException if the document is not an object
   */
  public static JsonObjectReader root(JsonNode node) {
    return new JsonObjectReader(node, ROOT);
  }

  /**
   * Returns the object's path.
   *
   * @return the path
   */
  public String path() {
    return path.text();
  }

  /**
   * Returns the path of one of the object's fields.
   *
   * @param field the field's name
   * @return the path
   */
  public String pathOf(String field) {
    return path.parent == null ? field : path.text() + "." + field;
  }

  /**
   * Returns the path of an element of one of the object's list fields.
   *
   * @param field the list field's name
   * @param index the element's index, from 0
   * @return the path
   */
  public String pathOf(String field, int index) {
    return pathOf(field) + "[" + index + "]";
  }

  private JsonNode value(String field) {
    if (readCount == read.length) {
      read = Arrays.copyOf(read, readCount * 2);
    }
    read[readCount++] = field;
    return node.path(field);
  }

  private static boolean absent(JsonNode value) {
    return value.isMissingNode() || value.isNull();
  }

  private JsonNode required(String field) {
    JsonNode value = value(field);
    if (absent(value)) {
      throw new ScenarioException(pathOf(field), "missing");
    }
    return value;
  }

  /**
   * Tells whether a field is present and not null.
   *
   * @param field the field's name
   * @return true if present
   */
  public boolean has(String field) {
    return !absent(node.path(field));
  }

  /**
   * Reads a mandatory object field.
   *
   * @param field the field's name
   * @return its reader
   */
  public JsonObjectReader object(String field) {
    return new JsonObjectReader(required(field), new JsonObjectReader.Path(path, field, -1));
  }

  /**
   * Reads an optional object field.
   *
   * @param field the field's name
   * @return its reader, if present
   */
  public Optional<JsonObjectReader> optionalObject(String field) {
    JsonNode value = value(field);
    return absent(value)
        ? Optional.empty()
        : Optional.of(new JsonObjectReader(value, new JsonObjectReader.Path(path, field, -1)));
  }

  /**
   * Reads a mandatory non-blank string.
   *
   * @param field the field's name
   * @return the text
   */
  public String text(String field) {
    return text(required(field), field, -1);
  }

  /**
   * Reads an optional non-blank string.
   *
   * @param field the field's name
   * @return the text, if present
   */
  public Optional<String> optionalText(String field) {
    JsonNode value = value(field);
    return absent(value) ? Optional.empty() : Optional.of(text(value, field, -1));
  }

  /**
   * Reads an optional string where an empty or blank one means absent, as Microsoft's bodies write
   * some fields.
   *
   * @param field the field's name
   * @return the text, if present and not blank
   */
  public Optional<String> optionalTextOrBlank(String field) {
    JsonNode value = value(field);
    if (absent(value)) {
      return Optional.empty();
    }
    if (!value.isString()) {
      throw new ScenarioException(pathOf(field), "expected a string, got " + describe(value));
    }
    return Texts.isBlank(value.stringValue()) ? Optional.empty() : Optional.of(value.stringValue());
  }

  private String text(JsonNode value, String field, int index) {
    if (!value.isString()) {
      throw new ScenarioException(
          index < 0 ? pathOf(field) : pathOf(field, index),
          "expected a string, got " + describe(value));
    }
    String text = value.stringValue();
    if (Texts.isBlank(text)) {
      throw new ScenarioException(
          index < 0 ? pathOf(field) : pathOf(field, index), "must not be blank");
    }
    return text;
  }

  /**
   * Reads a mandatory boolean.
   *
   * @param field the field's name
   * @return the value
   */
  public boolean bool(String field) {
    return bool(required(field), field);
  }

  /**
   * Reads an optional boolean.
   *
   * @param field the field's name
   * @return the value, if present
   */
  public Optional<Boolean> optionalBool(String field) {
    JsonNode value = value(field);
    return absent(value) ? Optional.empty() : Optional.of(bool(value, field));
  }

  private boolean bool(JsonNode value, String field) {
    if (!value.isBoolean()) {
      throw new ScenarioException(pathOf(field), "expected true or false, got " + describe(value));
    }
    return value.booleanValue();
  }

  /**
   * Reads a mandatory whole number from 0 up to a maximum.
   *
   * @param field the field's name
   * @param maximum the largest value allowed
   * @return the count
   */
  public int count(String field, int maximum) {
    return count(required(field), field, maximum);
  }

  /**
   * Reads an optional whole number from 0 up to a maximum.
   *
   * @param field the field's name
   * @param maximum the largest value allowed
   * @return the count, if present
   */
  public Optional<Integer> optionalCount(String field, int maximum) {
    JsonNode value = value(field);
    return absent(value) ? Optional.empty() : Optional.of(count(value, field, maximum));
  }

  private int count(JsonNode value, String field, int maximum) {
    if (!value.isIntegralNumber()) {
      throw new ScenarioException(pathOf(field), "expected a whole number, got " + describe(value));
    }
    if (value.canConvertToLong() && value.longValue() < 0) {
      throw new ScenarioException(pathOf(field), value.longValue() + " is negative");
    }
    if (!value.canConvertToInt() || value.intValue() > maximum) {
      throw new ScenarioException(
          pathOf(field),
          Printable.escape(value.toString(), QUOTED) + " is more than the " + maximum + " allowed");
    }
    return value.intValue();
  }

  /**
   * Reads an optional decimal number, written as a JSON number or a numeric string.
   *
   * @param field the field's name
   * @return the number, if present
   */
  public Optional<BigDecimal> optionalDecimal(String field) {
    JsonNode value = value(field);
    if (absent(value)) {
      return Optional.empty();
    }
    if (value.isNumber()) {
      return Optional.of(value.decimalValue());
    }
    if (value.isString()) {
      String text = value.stringValue().strip();
      // Digits, a point, an exponent: checked first, so that no parser is fed junk.
      if (text.length() <= 64 && DECIMAL.matcher(text).matches()) {
        return Optional.of(new BigDecimal(text));
      }
      throw new ScenarioException(pathOf(field), describe(value) + " is not a number");
    }
    throw new ScenarioException(pathOf(field), "expected a number, got " + describe(value));
  }

  /**
   * Reads a mandatory date, {@code YYYY-MM-DD}.
   *
   * @param field the field's name
   * @return the date
   */
  public LocalDate date(String field) {
    return date(required(field), field);
  }

  /**
   * Reads an optional date, {@code YYYY-MM-DD}.
   *
   * @param field the field's name
   * @return the date, if present
   */
  public Optional<LocalDate> optionalDate(String field) {
    JsonNode value = value(field);
    return absent(value) ? Optional.empty() : Optional.of(date(value, field));
  }

  private LocalDate date(JsonNode value, String field) {
    String text = text(value, field, -1);
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      // A month or day of -1 (not digits) is refused by LocalDate.of as it refuses 2026-02-30.
      if (year >= 0) {
        try {
          return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
          // Falls through: a well-formed day that does not exist, such as 2026-02-30.
        }
      }
    }
    throw new ScenarioException(
        pathOf(field), "'" + Printable.escape(text, QUOTED) + "' is not a date (YYYY-MM-DD)");
  }

  /** The number the ASCII digits from begin to end write, or -1 if one is not a digit. */
  private static int digits(String text, int begin, int end) {
    int value = 0;
    for (int i = begin; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /**
   * Reads a mandatory value of an enumeration, spelled as its constant.
   *
   * @param <E> the enumeration
   * @param field the field's name
   * @param type the enumeration's class
   * @return the constant
   */
  public <E extends Enum<E>> E enumValue(String field, Class<E> type) {
    return enumValue(required(field), field, type);
  }

  /**
   * Reads an optional value of an enumeration.
   *
   * @param <E> the enumeration
   * @param field the field's name
   * @param type the enumeration's class
   * @return the constant, if present
   */
  public <E extends Enum<E>> Optional<E> optionalEnum(String field, Class<E> type) {
    JsonNode value = value(field);
    return absent(value) ? Optional.empty() : Optional.of(enumValue(value, field, type));
  }

  private <E extends Enum<E>> E enumValue(JsonNode value, String field, Class<E> type) {
    String text = text(value, field, -1);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      names.add(constant.name());
    }
    throw new ScenarioException(
        pathOf(field),
        "unknown value '"
            + Printable.escape(text, QUOTED)
            + "', expected one of "
            + String.join(", ", names));
  }

  /**
   * Reads an optional array of objects; absent means empty.
   *
   * @param field the field's name
   * @return the elements' readers
   */
  public List<JsonObjectReader> objects(String field) {
    JsonNode array = elements(field);
    if (array == null) {
      return List.of();
    }
    List<JsonObjectReader> objects = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      objects.add(new JsonObjectReader(array.get(i), new JsonObjectReader.Path(path, field, i)));
    }
    return objects;
  }

  /**
   * Reads an optional array of non-blank strings; absent means empty.
   *
   * @param field the field's name
   * @return the strings
   */
  public List<String> texts(String field) {
    JsonNode array = elements(field);
    if (array == null) {
      return List.of();
    }
    List<String> texts = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      texts.add(text(array.get(i), field, i));
    }
    return texts;
  }

  @SuppressWarnings("NullAway") // null is "absent", for the callers above only
  private JsonNode elements(String field) {
    JsonNode array = value(field);
    if (absent(array)) {
      return null;
    }
    if (!array.isArray()) {
      throw new ScenarioException(pathOf(field), "expected a list, got " + describe(array));
    }
    return array;
  }

  /** Refuses every field that was not read: a typo must never be ignored. */
  public void finish() {
    if (node.size() == 0) {
      return;
    }
    for (String name : node.propertyNames()) {
      if (!wasRead(name)) {
        throw new ScenarioException(pathOf(Printable.escape(name, QUOTED)), "unknown field");
      }
    }
  }

  private boolean wasRead(String name) {
    for (int i = 0; i < readCount; i++) {
      if (read[i].equals(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns how a value is described in a problem: its JSON type, and for a string or a number its
   * text, escaped and cut short.
   *
   * @param value the value
   * @return the description
   */
  public static String describe(JsonNode value) {
    if (value.isString()) {
      return "the string \"" + Printable.escape(value.stringValue(), QUOTED) + "\"";
    }
    if (value.isArray()) {
      return "a list";
    }
    if (value.isObject()) {
      return "an object";
    }
    if (value.isBoolean()) {
      return String.valueOf(value.booleanValue());
    }
    if (value.isNumber()) {
      return "the number " + Printable.escape(value.toString(), QUOTED);
    }
    return "null";
  }
}
