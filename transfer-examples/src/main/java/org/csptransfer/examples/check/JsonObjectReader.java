package org.csptransfer.examples.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of one JSON object strictly, knowing its path: a missing mandatory field, a
 * value of the wrong type or a field nobody asked for is a {@link ScenarioException} naming the
 * path. A JSON {@code null} counts as absent.
 */
final class JsonObjectReader {

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

  static JsonObjectReader root(JsonNode node) {
    return new JsonObjectReader(node, "(root)");
  }

  String path() {
    return path;
  }

  String pathOf(String field) {
    return path.equals("(root)") ? field : path + "." + field;
  }

  private Optional<JsonNode> field(String field) {
    read.add(field);
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
  }

  private JsonNode required(String field) {
    return field(field).orElseThrow(() -> new ScenarioException(pathOf(field), "missing"));
  }

  boolean has(String field) {
    JsonNode value = node.get(field);
    return value != null && !value.isNull();
  }

  JsonObjectReader object(String field) {
    return new JsonObjectReader(required(field), pathOf(field));
  }

  Optional<JsonObjectReader> optionalObject(String field) {
    return field(field).map(value -> new JsonObjectReader(value, pathOf(field)));
  }

  String text(String field) {
    return text(required(field), pathOf(field));
  }

  Optional<String> optionalText(String field) {
    return field(field).map(value -> text(value, pathOf(field)));
  }

  /** A non-blank string. */
  private static String text(JsonNode value, String path) {
    if (!value.isString()) {
      throw new ScenarioException(path, "expected a string, got " + describe(value));
    }
    String text = value.stringValue();
    if (text.isBlank()) {
      throw new ScenarioException(path, "must not be blank");
    }
    return text;
  }

  boolean bool(String field) {
    JsonNode value = required(field);
    if (!value.isBoolean()) {
      throw new ScenarioException(pathOf(field), "expected true or false, got " + describe(value));
    }
    return value.booleanValue();
  }

  /** A whole number from 0 up. */
  int count(String field) {
    return count(required(field), pathOf(field));
  }

  Optional<Integer> optionalCount(String field) {
    return field(field).map(value -> count(value, pathOf(field)));
  }

  private static int count(JsonNode value, String path) {
    if (!value.isIntegralNumber()) {
      throw new ScenarioException(path, "expected a whole number, got " + describe(value));
    }
    if (!value.canConvertToInt()) {
      throw new ScenarioException(path, value + " is too large");
    }
    int count = value.intValue();
    if (count < 0) {
      throw new ScenarioException(path, count + " is negative");
    }
    return count;
  }

  /** A decimal number, written as a JSON number or a string. */
  Optional<BigDecimal> optionalDecimal(String field) {
    return field(field)
        .map(
            value -> {
              if (value.isNumber()) {
                return value.decimalValue();
              }
              if (value.isString()) {
                try {
                  return new BigDecimal(value.stringValue());
                } catch (NumberFormatException e) {
                  throw new ScenarioException(
                      pathOf(field), "'" + value.stringValue() + "' is not a number");
                }
              }
              throw new ScenarioException(
                  pathOf(field), "expected a number, got " + describe(value));
            });
  }

  LocalDate date(String field) {
    return date(required(field), pathOf(field));
  }

  Optional<LocalDate> optionalDate(String field) {
    return field(field).map(value -> date(value, pathOf(field)));
  }

  private static LocalDate date(JsonNode value, String path) {
    String text = text(value, path);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new ScenarioException(path, "'" + text + "' is not a date (YYYY-MM-DD)");
    }
  }

  <E extends Enum<E>> E enumValue(String field, Class<E> type) {
    return enumValue(required(field), pathOf(field), type);
  }

  static <E extends Enum<E>> E enumValue(JsonNode value, String path, Class<E> type) {
    String text = text(value, path);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    throw new ScenarioException(
        path,
        "unknown value '"
            + text
            + "', expected one of "
            + Arrays.stream(type.getEnumConstants())
                .map(Enum::name)
                .collect(Collectors.joining(", ")));
  }

  /** The elements of an optional array of objects; absent means empty. */
  List<JsonObjectReader> objects(String field) {
    List<JsonObjectReader> objects = new ArrayList<>();
    List<JsonNode> elements = elements(field);
    for (int i = 0; i < elements.size(); i++) {
      objects.add(new JsonObjectReader(elements.get(i), pathOf(field) + "[" + i + "]"));
    }
    return objects;
  }

  /** The elements of an optional array of non-blank strings; absent means empty. */
  List<String> texts(String field) {
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
    List<JsonNode> elements = new ArrayList<>();
    array.get().values().forEach(elements::add);
    return elements;
  }

  /** Refuses every field that was not read: a typo must never be ignored. */
  void finish() {
    for (String name : node.propertyNames()) {
      if (!read.contains(name)) {
        throw new ScenarioException(pathOf(name), "unknown field");
      }
    }
  }

  private static String describe(JsonNode value) {
    if (value.isString()) {
      return "the string \"" + value.stringValue() + "\"";
    }
    if (value.isArray()) {
      return "a list";
    }
    if (value.isObject()) {
      return "an object";
    }
    return value.toString();
  }
}
