package org.csptransfer.rules.action;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;

/** What several action kinds compute alike. */
final class Actions {

  private Actions() {}

  static List<String> ids(List<?> ids) {
    return ids.stream().map(Object::toString).toList();
  }

  /** An even share of seats over parts, the first parts taking the remainder. */
  static int share(long seats, int count, int part) {
    checkArgument(part >= 0 && part < count, "part %s of %s", part, count);
    return (int) (seats / count + (part < seats % count ? 1 : 0));
  }
}
