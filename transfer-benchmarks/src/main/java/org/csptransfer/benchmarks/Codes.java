package org.csptransfer.benchmarks;

import java.util.EnumSet;
import java.util.Set;
import org.csptransfer.rules.FindingCode;
import org.csptransfer.rules.Severity;
import org.csptransfer.rules.TransitionDecision;
import org.csptransfer.rules.Verdict;

/**
 * Finding codes as bits of a {@code long}, so that the baseline can report what it found without
 * allocating, and every implementation can be compared by the set of codes it raised.
 */
final class Codes {

  private Codes() {}

  @SuppressWarnings("EnumOrdinal") // the ordinal is the bit; the enum has 21 values, a long 64
  static long bit(FindingCode code) {
    return 1L << code.ordinal();
  }

  static boolean has(long codes, FindingCode code) {
    return (codes & bit(code)) != 0;
  }

  static Set<FindingCode> toSet(long codes) {
    Set<FindingCode> set = EnumSet.noneOf(FindingCode.class);
    for (FindingCode code : FindingCode.values()) {
      if (has(codes, code)) {
        set.add(code);
      }
    }
    return set;
  }

  static Set<FindingCode> of(TransitionDecision decision) {
    Set<FindingCode> set = EnumSet.noneOf(FindingCode.class);
    decision.codes().forEach(code -> set.add(FindingCode.valueOf(code)));
    return set;
  }

  /**
   * The verdict the codes imply. Every standard warning carries an action or is itself a warning,
   * and no INFO carries one, so the codes alone decide it.
   */
  static Verdict verdict(Set<FindingCode> codes) {
    Verdict verdict = Verdict.APPROVED;
    for (FindingCode code : codes) {
      if (code.severity() == Severity.ERROR) {
        return Verdict.REJECTED;
      }
      if (code.severity() == Severity.WARNING) {
        verdict = Verdict.APPROVED_WITH_ACTIONS;
      }
    }
    return verdict;
  }
}
