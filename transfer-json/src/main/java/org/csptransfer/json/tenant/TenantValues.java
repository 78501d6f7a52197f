package org.csptransfer.json.tenant;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.csptransfer.core.Limits;
import org.csptransfer.core.TenantId;
import org.csptransfer.json.ScenarioException;
import org.csptransfer.json.internal.JsonObjectReader;
import org.csptransfer.json.internal.Printable;

/**
 * What the readers of the three bodies and the mapping share: the bodies' names, Microsoft's dates,
 * the matching of ids, and the turning of a value's refusal into an input error at its path.
 */
final class TenantValues {

  /** The names {@link ScenarioException#body()} gives the three bodies. */
  static final String SUBSCRIBED_SKUS = "subscribedSkus";

  static final String DIRECTORY_SUBSCRIPTIONS = "directorySubscriptions";

  static final String PARTNER_CENTER = "partnerCenterSubscriptions";

  /** The most characters of a body's text an error quotes. */
  static final int QUOTED = 60;

  private TenantValues() {}

  /**
   * How Partner Center items are matched to Graph subscriptions: by id, GUIDs without regard to
   * case (CONTRACT.md, "Version 3", "Reading tenant data").
   */
  static String matchKey(String id) {
    String stripped = id.strip();
    return TenantId.isGuid(stripped) ? stripped.toLowerCase(Locale.ROOT) : id;
  }

  /** Whether Graph's {@code ownerTenantId} is the customer's own tenant. */
  static boolean sameTenant(String owner, TenantId customer) {
    try {
      return UUID.fromString(owner.strip()).equals(customer.value());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** A note's arguments, in the order given: name, value, name, value... */
  static Map<String, Object> arguments(Object... namesAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return map;
  }

  /** The date, if a scenario can hold it; else an input error at its path in a body. */
  static LocalDate checkedDate(String path, LocalDate date, String body) {
    if (!Limits.isSupported(date)) {
      throw new ScenarioException(
              path, date + " is outside " + Limits.earliestDate() + " to " + Limits.latestDate())
          .in(body);
    }
    return date;
  }

  /** A value of {@code directory/subscriptions}, or its refusal as an input error at its path. */
  static <T> T built(String path, Supplier<T> build) {
    return built(path, build, DIRECTORY_SUBSCRIPTIONS);
  }

  /** A value of a body, or its refusal as an input error at its path. */
  static <T> T built(String path, Supplier<T> build, String body) {
    try {
      return build.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new ScenarioException(path, Printable.escape(String.valueOf(e.getMessage()), 200))
          .in(body);
    }
  }

  /** A date and time with an offset, as Microsoft writes them, as an instant. */
  static Instant instant(JsonObjectReader json, String field) {
    String text = json.text(field);
    OffsetDateTime parsed = null;
    try {
      parsed = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      // Falls through to the input error.
    }
    if (parsed != null) {
      // ISO allows years of nine digits; no date of Microsoft's is outside 0001 to 9999, and
      // dates that far out overflow the arithmetic that follows.
      if (parsed.getYear() < 1 || parsed.getYear() > 9999) {
        throw new ScenarioException(
            json.pathOf(field),
            "'" + Printable.escape(text, QUOTED) + "' is outside the years 0001 to 9999");
      }
      return parsed.toInstant();
    }
    throw new ScenarioException(
        json.pathOf(field),
        "'"
            + Printable.escape(text, QUOTED)
            + "' is not a date and time with an offset (for example 2026-03-01T00:00:00Z)");
  }

  /** {@link #instant}, if the field is there. */
  static Optional<Instant> optionalInstant(JsonObjectReader json, String field) {
    return json.has(field) ? Optional.of(instant(json, field)) : Optional.empty();
  }

  /** The UTC day of an instant. */
  static LocalDate utcDate(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC).toLocalDate();
  }

  /** A body's list of items, which must be there. */
  static List<JsonObjectReader> items(JsonObjectReader body, String field) {
    if (!body.has(field)) {
      throw new ScenarioException(body.pathOf(field), "missing");
    }
    return body.objects(field);
  }
}
