package org.csptransfer.check;

import org.csptransfer.json.internal.Printable;

/**
 * Why one input of the command could not be used, as the one line the command prints on stderr: the
 * file, the field (its JSON path) and the problem, escaped and capped so that a hostile file can
 * neither forge lines nor flood the terminal.
 */
final class InputError extends Exception {

  private static final long serialVersionUID = 1L;

  /** The longest error line. */
  static final int MAX_LINE = 600;

  /**
   * Creates the error.
   *
   * @param file the file, or the option, that could not be used; escaped here
   * @param problem the JSON path and the problem, as the JSON module words them (values it quotes
   *     are already escaped), or a problem of the command's; controls are escaped here too
   */
  InputError(String file, String problem) {
    super(Printable.escape(file, 200) + ": " + Printable.escapeControls(problem, MAX_LINE));
  }

  /** The line to print. */
  String line() {
    return String.valueOf(getMessage());
  }
}
