package org.csptransfer.json.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.csptransfer.core.internal.Texts;
import org.csptransfer.json.ScenarioException;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of one JSON object strictly, knowing its path: a missing mandatory field, a
 * value of the wrong type or a field nobody asked for is a {@link ScenarioException} naming the
 * path. A JSON {@code null} counts as absent. Values quoted in problems are escaped and cut short.
 */
public final class JsonObjectReader {

  /** Dates as the format writes them: four digits, two, two. */
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private static final int QUOTED = 60;

  private final JsonNode node;
  private final String path;
  private final Set<String> read = new HashSet<>();

  private JsonObjectReader(JsonNode node, String path) {
    if (!node.isObject()) {
      throw new ScenarioException(path, "expected an object, got " + describe(node));
    }
    this.node = node;
    this.path = path;
  }

  /**
   * Returns a reader of a document's top object.
   *
   * @param node the document
   * @return the reader
   * @throws ScenarioException if the document is not an object
   */
  public static JsonObjectReader root(JsonNode node) {
    return new JsonObjectReader(node, "(document)");
  }

  /**
   * Returns the object's path.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * Returns the path of one of the object's fields.
   *
   * @param field the field's name
   * @return the path
   */
  public String pathOf(String field) {
    return path.equals("(document)") ? field : path + "." + field;
  }

  private Optional<JsonNode> field(String field) {
    read.add(field);
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
  }

  private JsonNode required(String field) {
    return field(field).orElseThrow(() -> new ScenarioException(pathOf(field), "missing"));
  }

  /**
   * Tells whether a field is present and not null.
   *
   * @param field the field's name
   * @return true if present
   */
  public boolean has(String field) {
    JsonNode value = node.get(field);
    return value != null && !value.isNull();
  }

  /**
   * Reads a mandatory object field.
   *
   * @param field the field's name
   * @return its reader
   */
  public JsonObjectReader object(String field) {
    return new JsonObjectReader(required(field), pathOf(field));
  }

  /**
   * Reads an optional object field.
   *
   * @param field the field's name
   * @return its reader, if present
   */
  public Optional<JsonObjectReader> optionalObject(String field) {
    return field(field).map(value -> new JsonObjectReader(value, pathOf(field)));
  }

  /**
   * Reads a mandatory non-blank string.
   *
   * @param field the field's name
   * @return the text
   */
  public String text(String field) {
    return text(required(field), pathOf(field));
  }

  /**
   * Reads an optional non-blank string.
   *
   * @param field the field's name
   * @return the text, if present
   */
  public Optional<String> optionalText(String field) {
    return field(field).map(value -> text(value, pathOf(field)));
  }

  /**
   * Reads an optional string where an empty or blank one means absent, as Microsoft's bodies write
   * some fields.
   *
   * @param field the field's name
   * @return the text, if present and not blank
   */
  public Optional<String> optionalTextOrBlank(String field) {
    return field(field)
        .flatMap(
            value -> {
              if (!value.isString()) {
                throw new ScenarioException(
                    pathOf(field), "expected a string, got " + describe(value));
              }
              return Texts.isBlank(value.stringValue())
                  ? Optional.empty()
                  : Optional.of(value.stringValue());
            });
  }

  private static String text(JsonNode value, String path) {
    if (!value.isString()) {
      throw new ScenarioException(path, "expected a string, got " + describe(value));
    }
    String text = value.stringValue();
    if (Texts.isBlank(text)) {
      throw new ScenarioException(path, "must not be blank");
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
    return bool(required(field), pathOf(field));
  }

  /**
   * Reads an optional boolean.
   *
   * @param field the field's name
   * @return the value, if present
   */
  public Optional<Boolean> optionalBool(String field) {
    return field(field).map(value -> bool(value, pathOf(field)));
  }

  private static boolean bool(JsonNode value, String path) {
    if (!value.isBoolean()) {
      throw new ScenarioException(path, "expected true or false, got " + describe(value));
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
    return count(required(field), pathOf(field), maximum);
  }

  /**
   * Reads an optional whole number from 0 up to a maximum.
   *
   * @param field the field's name
   * @param maximum the largest value allowed
   * @return the count, if present
   */
  public Optional<Integer> optionalCount(String field, int maximum) {
    return field(field).map(value -> count(value, pathOf(field), maximum));
  }

  private static int count(JsonNode value, String path, int maximum) {
    if (!value.isIntegralNumber()) {
      throw new ScenarioException(path, "expected a whole number, got " + describe(value));
    }
    if (value.canConvertToLong() && value.longValue() < 0) {
      throw new ScenarioException(path, value.longValue() + " is negative");
    }
    if (!value.canConvertToInt() || value.intValue() > maximum) {
      throw new ScenarioException(
          path,
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
    return field(field)
        .map(
            value -> {
              if (value.isNumber()) {
                return value.decimalValue();
              }
              if (value.isString()) {
                String text = value.stringValue().strip();
                // Digits, a point, an exponent: checked first, so that no parser is fed junk.
                if (text.length() <= 64
                    && text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
                  return new BigDecimal(text);
                }
                throw new ScenarioException(pathOf(field), describe(value) + " is not a number");
              }
              throw new ScenarioException(
                  pathOf(field), "expected a number, got " + describe(value));
            });
  }

  /**
   * Reads a mandatory date, {@code YYYY-MM-DD}.
   *
   * @param field the field's name
   * @return the date
   */
  public LocalDate date(String field) {
    return date(required(field), pathOf(field));
  }

  /**
   * Reads an optional date, {@code YYYY-MM-DD}.
   *
   * @param field the field's name
   * @return the date, if present
   */
  public Optional<LocalDate> optionalDate(String field) {
    return field(field).map(value -> date(value, pathOf(field)));
  }

  private static LocalDate date(JsonNode value, String path) {
    String text = text(value, path);
    if (DATE.matcher(text).matches()) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        // Falls through: a well-formed day that does not exist, such as 2026-02-30.
      }
    }
    throw new ScenarioException(
        path, "'" + Printable.escape(text, QUOTED) + "' is not a date (YYYY-MM-DD)");
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
    return enumValue(required(field), pathOf(field), type);
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
    return field(field).map(value -> enumValue(value, pathOf(field), type));
  }

  private static <E extends Enum<E>> E enumValue(JsonNode value, String path, Class<E> type) {
    String text = text(value, path);
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
      names.add(constant.name());
    }
    throw new ScenarioException(
        path,
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
    List<JsonObjectReader> objects = new ArrayList<>();
    List<JsonNode> elements = elements(field);
    for (int i = 0; i < elements.size(); i++) {
      objects.add(new JsonObjectReader(elements.get(i), pathOf(field) + "[" + i + "]"));
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
    List<String> texts = new ArrayList<>();
    List<JsonNode> elements = elements(field);
    for (int i = 0; i < elements.size(); i++) {
      texts.add(text(elements.get(i), pathOf(field) + "[" + i + "]"));
    }
    return texts;
  }

  private List<JsonNode> elements(String field) {
    Optional<JsonNode> array = field(field);
    if (array.isEmpty()) {
      return List.of();
    }
    if (!array.get().isArray()) {
      throw new ScenarioException(pathOf(field), "expected a list, got " + describe(array.get()));
    }
    List<JsonNode> elements = new ArrayList<>(array.get().size());
    array.get().values().forEach(elements::add);
    return elements;
  }

  /** Refuses every field that was not read: a typo must never be ignored. */
  public void finish() {
    for (String name : node.propertyNames()) {
      if (!read.contains(name)) {
        throw new ScenarioException(pathOf(Printable.escape(name, QUOTED)), "unknown field");
      }
    }
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
