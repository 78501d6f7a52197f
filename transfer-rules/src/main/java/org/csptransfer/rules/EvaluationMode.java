package org.csptransfer.rules;

/** Whether a pipeline runs every rule or stops at the first error. */
public enum EvaluationMode {
  /** Run every rule, whatever earlier rules found (the default). */
  COLLECT_ALL,
  /** Skip the remaining rules once a rule has raised an error. */
  STOP_AT_FIRST_ERROR
}
