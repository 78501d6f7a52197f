package org.csptransfer.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.csptransfer.catalog.MicrosoftLicensing;
import org.csptransfer.testkit.ContractExample;

/** The bundled scenarios, and a valid scenario to break in tests. */
final class ScenarioFiles {

  /** The scenarios the command ships, in the examples module of this reactor. */
  static final Path BUNDLED = Path.of("..", "transfer-examples", "scenarios");

  /** A reader that knows Microsoft's SKUs, as the command's. */
  static final ScenarioReader READER =
      ScenarioReader.builder().skus(MicrosoftLicensing.skus()).build();

  /** A valid scenario: the contract's example; tests replace one piece of text to break it. */
  static final String VALID = ContractExample.JSON;

  private ScenarioFiles() {}

  /** Returns the bundled scenarios, by name. */
  static List<Path> bundled() {
    try (Stream<Path> files = Files.list(BUNDLED)) {
      return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The valid scenario with one piece of text replaced; fails if the text is not there. */
  static String replacing(String text, String replacement) {
    return ContractExample.replacing(text, replacement);
  }
}
