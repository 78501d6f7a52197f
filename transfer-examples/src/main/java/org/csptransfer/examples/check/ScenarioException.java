package org.csptransfer.examples.check;

/**
 * A scenario file that cannot be read: malformed JSON, or a missing, unknown or invalid value. The
 * message names the JSON path and the problem, for example {@code sources[0].quantity: -1 is
 * negative}.
 */
public final class ScenarioException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The JSON path of the offending value. */
  private final String path;

  /** What is wrong with it. */
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param path the JSON path of the offending value, for example {@code sources[0].quantity};
   *     {@code (root)} for the document itself
   * @param problem what is wrong, in a few words
   */
  public ScenarioException(String path, String problem) {
    super(path + ": " + problem);
    this.path = path;
    this.problem = problem;
  }

  /** Returns the path and the problem, for example {@code sources[0].quantity: -1 is negative}. */
  @Override
  public String getMessage() {
    return path + ": " + problem;
  }

  /**
   * Returns the JSON path of the offending value.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * Returns what is wrong.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }
}
