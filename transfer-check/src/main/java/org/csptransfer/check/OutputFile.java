package org.csptransfer.check;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes what the command produces (a report, a calendar, an imported scenario) to the path a user
 * named, without ever destroying something the path names that is not a regular file:
 *
 * <ul>
 *   <li>a regular file, existing or not, is written whole or not at all: to a new file beside it,
 *       then moved into place; an existing file keeps its permissions, and one the user may not
 *       write is refused rather than replaced;
 *   <li>a symbolic link is followed: its target is written as above, the link stays;
 *   <li>anything else that exists (a FIFO, a device such as {@code /dev/null} or {@code
 *       /dev/stdout}) is written to as a stream, never replaced; a directory is refused.
 * </ul>
 *
 * <p>Every failure is an {@link InputError} naming the path: one line, exit status 2.
 */
final class OutputFile {

  private OutputFile() {}

  /** What is written, handed the file's writer (UTF-8, buffered) as it goes. */
  @FunctionalInterface
  interface Content {
    /**
     * Writes the content.
     *
     * @param out the writer; closed by the caller
     * @throws IOException if it cannot be written
     */
    void writeTo(Writer out) throws IOException;
  }

  /**
   * Writes text to a path named on the command line.
   *
   * @param name the path as the user gave it
   * @param text the whole text
   * @throws InputError if it cannot be written, naming the path and why
   */
  static void write(String name, String text) throws InputError {
    write(name, out -> out.write(text));
  }

  /**
   * Writes content to a path named on the command line as it is produced, so that a large report
   * never waits whole in memory; a regular file is still replaced whole or not at all.
   *
   * @param name the path as the user gave it
   * @param content writes the content
   * @throws InputError if it cannot be written, naming the path and why
   */
  static void write(String name, Content content) throws InputError {
    if (name.isEmpty()) {
      throw new InputError("''", "an empty argument names no file");
    }
    try {
      Path path = Path.of(name);
      if (Files.isSymbolicLink(path) && Files.exists(path)) {
        path = path.toRealPath();
      }
      if (Files.isDirectory(path)) {
        throw new InputError(name, "(file): a directory, not a file");
      }
      if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(path)) {
        // A FIFO or a device: stream to it, never replace it.
        try (Writer out = writer(Files.newOutputStream(path, StandardOpenOption.WRITE))) {
          content.writeTo(out);
        }
        return;
      }
      if (Files.exists(path) && !Files.isWritable(path)) {
        throw new InputError(name, "(file): permission denied");
      }
      replace(path, content);
    } catch (InvalidPathException e) {
      throw new InputError(name, "(file): not a path: " + e.getReason());
    } catch (IOException e) {
      throw new InputError(name, "(file): cannot be written: " + why(e));
    }
  }

  /** Whole or nothing: a new file beside the target, with its permissions, moved into place. */
  private static void replace(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    if (directory == null) {
      throw new IOException("no directory to write in");
    }
    Path temporary = newFileBeside(directory, absolute.getFileName().toString());
    try {
      try (Writer out = writer(Files.newOutputStream(temporary, StandardOpenOption.WRITE))) {
        content.writeTo(out);
      }
      keepPermissions(absolute, temporary);
      try {
        Files.move(
            temporary,
            absolute,
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static Writer writer(OutputStream out) {
    return new BufferedWriter(new OutputStreamWriter(out, UTF_8), 1 << 16);
  }

  /**
   * A new empty file with the default permissions a new file gets there (the user's umask), not the
   * owner-only ones of a temporary file.
   */
  private static Path newFileBeside(Path directory, String name) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path candidate =
          directory.resolve(
              "."
                  + name
                  + ".transfer-check-"
                  + Long.toHexString(ThreadLocalRandom.current().nextLong())
                  + ".tmp");
      try {
        return Files.createFile(candidate);
      } catch (FileAlreadyExistsException e) {
        if (attempt > 8) {
          throw e;
        }
      }
    }
  }

  private static void keepPermissions(Path existing, Path replacement) throws IOException {
    if (!Files.exists(existing)) {
      return;
    }
    PosixFileAttributeView from =
        Files.getFileAttributeView(existing, PosixFileAttributeView.class);
    PosixFileAttributeView to =
        Files.getFileAttributeView(replacement, PosixFileAttributeView.class);
    if (from != null && to != null) {
      Set<PosixFilePermission> permissions = from.readAttributes().permissions();
      to.setPermissions(permissions);
    }
  }

  private static String why(IOException e) {
    String reason = e.getMessage();
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such directory";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return reason == null ? e.getClass().getSimpleName() : reason;
  }
}
