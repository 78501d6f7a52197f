package org.csptransfer.json;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A JSON document that cannot be read: malformed JSON, or a missing, unknown or invalid value. It
 * carries where (the JSON path, in the document's own words, for example {@code
 * sources[0].quantity}; {@code (document)} for the whole) and what is wrong, on one line, with any
 * value it quotes escaped and cut short.
 */
public final class ScenarioException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The JSON path of the offending value. */
  private final String path;

  /** What is wrong with it. */
  private final String problem;

  /** Which of several bodies the path is in; null when the reader read one. */
  private final @Nullable String body;

  /**
   * Creates the exception.
   *
   * @param path the JSON path of the offending value, for example {@code sources[0].quantity};
   *     {@code (document)} for the document itself; not null
   * @param problem what is wrong, in a few words, on one line; not null
   */
  public ScenarioException(String path, String problem) {
    super(requireNonNull(path, "path") + ": " + requireNonNull(problem, "problem"));
    this.path = path;
    this.problem = problem;
    this.body = null;
  }

  private ScenarioException(ScenarioException cause, String body) {
    super(cause.getMessage(), cause);
    this.path = cause.path;
    this.problem = cause.problem;
    this.body = body;
  }

  /**
   * Returns the same problem, said to be in one of several bodies a reader was given (a tenant
   * import reads three).
   *
   * @param body the body's name, for example {@code "partnerCenterSubscriptions"}; not null
   * @return an exception with the same path and problem, and that body
   */
  public ScenarioException in(String body) {
    return new ScenarioException(this, requireNonNull(body, "body"));
  }

  /**
   * Returns which of several bodies the path is in, when a reader was given several: for {@link
   * org.csptransfer.json.tenant.TenantImport}, {@code "subscribedSkus"}, {@code
   * "directorySubscriptions"} or {@code "partnerCenterSubscriptions"}.
   *
   * @return the body's name, empty when the reader read one document
   */
  public Optional<String> body() {
    return Optional.ofNullable(body);
  }

  /**
   * Returns the JSON path of the offending value.
   *
   * @return the path, for example {@code sources[0].quantity}
   */
  public String path() {
    return path;
  }

  /**
   * Returns the field the path ends with, without an index it may end with.
   *
   * @return the last name of the path: {@code quantity} for {@code sources[0].quantity}, {@code
   *     replaces} for {@code targets[0].replaces[1]}, {@code sources} for {@code sources[2]}; the
   *     path itself when it names the document ({@code (document)}) or is an index alone ({@code
   *     [3]})
   */
  public String field() {
    String last = path.substring(path.lastIndexOf('.') + 1);
    int bracket = last.indexOf('[');
    return bracket <= 0 ? last : last.substring(0, bracket);
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
