package org.csptransfer.check.report;

import org.csptransfer.rules.Severity;
import org.csptransfer.rules.Verdict;

/** Terminal colours, or none: colour only when writing to a terminal. */
public final class Style {

  private static final String RESET = "\u001B[0m";
  private static final String BOLD = "\u001B[1m";
  private static final String RED = "\u001B[31m";
  private static final String GREEN = "\u001B[32m";
  private static final String YELLOW = "\u001B[33m";
  private static final String DIM = "\u001B[2m";

  private final boolean colour;

  Style(boolean colour) {
    this.colour = colour;
  }

  static Style plain() {
    return new Style(false);
  }

  String bold(String text) {
    return paint(BOLD, text);
  }

  String dim(String text) {
    return paint(DIM, text);
  }

  String verdict(Verdict verdict, String word) {
    String code =
        switch (verdict) {
          case APPROVED -> GREEN;
          case APPROVED_WITH_ACTIONS -> YELLOW;
          case REJECTED -> RED;
        };
    return paint(BOLD + code, word);
  }

  String severity(Severity severity, String text) {
    String code =
        switch (severity) {
          case ERROR -> RED;
          case WARNING -> YELLOW;
          case INFO -> DIM;
        };
    return paint(code, text);
  }

  private String paint(String code, String text) {
    return colour ? code + text + RESET : text;
  }
}
