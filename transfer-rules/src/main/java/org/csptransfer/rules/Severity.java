package org.csptransfer.rules;

/** How much a finding weighs on the verdict; declared from the heaviest. */
public enum Severity {
  /** The plan must not be carried out as it stands: the verdict is {@link Verdict#REJECTED}. */
  ERROR,
  /** The plan may go ahead, but someone should act or look first. */
  WARNING,
  /** Worth knowing; changes nothing. */
  INFO
}
