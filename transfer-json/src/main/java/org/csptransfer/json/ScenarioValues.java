package org.csptransfer.json;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.csptransfer.core.Limits;
import org.csptransfer.json.internal.JsonObjectReader;
import org.csptransfer.json.internal.Printable;

/** The checks every section of a scenario shares: dates, countries, tenant ids, built values. */
final class ScenarioValues {

  private ScenarioValues() {}

  static LocalDate date(JsonObjectReader json, String field) {
    return checkedDate(json, field, json.date(field));
  }

  static Optional<LocalDate> optionalDate(JsonObjectReader json, String field) {
    return json.optionalDate(field).map(date -> checkedDate(json, field, date));
  }

  private static LocalDate checkedDate(JsonObjectReader json, String field, LocalDate date) {
    if (!Limits.isSupported(date)) {
      throw new ScenarioException(
          json.pathOf(field),
          date + " is outside " + Limits.earliestDate() + " to " + Limits.latestDate());
    }
    return date;
  }

  static String printable(Object id) {
    return Printable.escape(id.toString(), 60);
  }

  /**
   * Builds a value, turning a structural refusal of the core (a backstop behind the checks above)
   * into a problem at the value's path.
   */
  static <T> T built(Supplier<String> path, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new ScenarioException(
          path.get(), Printable.escape(String.valueOf(e.getMessage()), 200));
    }
  }
}
