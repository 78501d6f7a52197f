package org.csptransfer.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Grows a rule's findings lazily: most plans pass most rules, so a rule starts from the shared
 * empty list and allocates only when it finds something.
 */
final class Findings {

  private Findings() {}

  /**
   * Adds a finding.
   *
   * @param findings the findings so far: {@code List.of()} or a list this method returned
   * @param finding the finding to add
   * @return a mutable list holding the findings so far and {@code finding}
   */
  static List<Finding> add(List<Finding> findings, Finding finding) {
    List<Finding> grown = findings.isEmpty() ? new ArrayList<>(2) : findings;
    grown.add(finding);
    return grown;
  }
}
