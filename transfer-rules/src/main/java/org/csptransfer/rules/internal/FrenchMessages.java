package org.csptransfer.rules.internal;

import java.util.Map;

/**
 * The French messages, in the vocabulary of Microsoft's French Partner Center documentation
 * (docs/DOMAIN.md, section 11). Keys missing here fall back to English.
 */
public final class FrenchMessages {

  private FrenchMessages() {}

  /**
   * Returns the templates by key.
   *
   * @return the French table
   */
  public static Map<String, String> table() {
    return Map.of();
  }
}
