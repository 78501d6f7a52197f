package org.csptransfer.core.internal;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import org.csptransfer.core.Limits;

/**
 * The structural checks every value type shares, each refusing with a message that names the field
 * and the value, built only on failure.
 */
public final class Checks {

  private Checks() {}

  /**
   * Checks an id's text: not blank (see {@link Texts#isBlank(String)}), at most {@link
   * Limits#MAX_ID_LENGTH} characters.
   *
   * @param kind what the id names, for example {@code "subscription id"}
   * @param value the text
   * @throws IllegalArgumentException if the text is blank or too long
   */
  public static void checkId(String kind, String value) {
    checkArgument(!Texts.isBlank(value), "%s: must not be blank, got '%s'", kind, value);
    checkArgument(
        value.length() <= Limits.MAX_ID_LENGTH,
        "%s: %s characters, more than the %s allowed",
        kind,
        value.length(),
        Limits.MAX_ID_LENGTH);
  }

  /**
   * Checks a display name: not blank, at most {@link Limits#MAX_NAME_LENGTH} characters.
   *
   * @param owner the value holding the name, for example {@code "partner[%s]"}: a format of one
   *     {@code %s}, filled with {@code id} only on failure
   * @param id the owner's id
   * @param value the name
   * @throws IllegalArgumentException if the name is blank or too long
   */
  public static void checkName(String owner, Object id, String value) {
    if (Texts.isBlank(value)) {
      throw new IllegalArgumentException(String.format(owner, id) + ".name: must not be blank");
    }
    if (value.length() > Limits.MAX_NAME_LENGTH) {
      throw new IllegalArgumentException(
          String.format(owner, id)
              + ".name: "
              + value.length()
              + " characters, more than the "
              + Limits.MAX_NAME_LENGTH
              + " allowed");
    }
  }

  /**
   * Checks that a date lies within {@link Limits#earliestDate()} and {@link Limits#latestDate()}.
   *
   * @param owner the value holding the date, for example {@code "sources[sub-001]"}: a format of
   *     one {@code %s}, filled with {@code id} only on failure
   * @param id the owner's id, or any text the format takes
   * @param field the field, for example {@code "termEnd"}
   * @param date the date
   * @throws IllegalArgumentException if the date is outside the limits
   */
  public static void checkDate(String owner, Object id, String field, LocalDate date) {
    if (!Limits.isSupported(date)) {
      throw new IllegalArgumentException(
          String.format(owner, id)
              + "."
              + field
              + ": "
              + date
              + " is outside "
              + Limits.earliestDate()
              + " to "
              + Limits.latestDate());
    }
  }

  /**
   * Checks a seat count: from 0 to {@link Limits#MAX_QUANTITY}.
   *
   * @param owner the value holding the count, for example {@code "sources[%s]"}: a format of one
   *     {@code %s}, filled with {@code id} only on failure
   * @param id the owner's id
   * @param field the field, for example {@code "quantity"}
   * @param seats the count
   * @throws IllegalArgumentException if the count is negative or above the limit
   */
  public static void checkSeats(String owner, Object id, String field, long seats) {
    if (seats < 0 || seats > Limits.MAX_QUANTITY) {
      throw new IllegalArgumentException(
          String.format(owner, id)
              + "."
              + field
              + ": "
              + seats
              + (seats < 0
                  ? " is negative"
                  : " is more than the " + Limits.MAX_QUANTITY + " allowed"));
    }
  }
}
