package org.csptransfer.check;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.csptransfer.core.Scenario;
import org.csptransfer.json.ScenarioException;
import org.csptransfer.json.ScenarioReader;

/**
 * Finds and reads the command's scenario files, turning every failure into an {@link InputError}.
 */
final class ScenarioFiles {

  private ScenarioFiles() {}

  /** A file stands for itself; a directory for its *.json files, by name. */
  static List<Path> expand(String argument) throws InputError {
    if (argument.isEmpty()) {
      throw new InputError("''", "an empty argument names no file");
    }
    Path input;
    try {
      input = Path.of(argument);
    } catch (java.nio.file.InvalidPathException e) {
      throw new InputError(argument, "not a valid file name");
    }
    if (!Files.isDirectory(input)) {
      return List.of(input);
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(input, "*.json")) {
      for (Path entry : entries) {
        files.add(entry);
      }
    } catch (IOException | java.nio.file.DirectoryIteratorException e) {
      throw new InputError(argument, "(directory): cannot be read");
    }
    if (files.isEmpty()) {
      throw new InputError(argument, "(directory): holds no *.json file");
    }
    files.sort(null);
    return files;
  }

  /** Reads a scenario file. */
  static Scenario read(ScenarioReader reader, Path file) throws InputError {
    try {
      return reader.read(file);
    } catch (ScenarioException e) {
      throw new InputError(file.toString(), String.valueOf(e.getMessage()));
    } catch (NoSuchFileException e) {
      throw new InputError(file.toString(), "(file): no such file");
    } catch (AccessDeniedException e) {
      throw new InputError(file.toString(), "(file): permission denied");
    } catch (IOException e) {
      throw new InputError(
          file.toString(), "(file): cannot be read: " + e.getClass().getSimpleName());
    }
  }
}
