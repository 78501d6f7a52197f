package org.csptransfer.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.csptransfer.catalog.MicrosoftLicensing;
import org.csptransfer.core.Scenario;
import org.csptransfer.json.ScenarioReader;

/** The scenarios shipped in transfer-examples/scenarios, read as the command reads them. */
final class BundledScenarios {

  static final Path DIRECTORY = Path.of("..", "transfer-examples", "scenarios");

  static final ScenarioReader READER =
      ScenarioReader.builder().skus(MicrosoftLicensing.skus()).build();

  private BundledScenarios() {}

  /** The bundled scenario files, by name. */
  static List<Path> files() {
    try (Stream<Path> files = Files.list(DIRECTORY)) {
      return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Scenario read(Path file) {
    try {
      return READER.read(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path named(String name) {
    return DIRECTORY.resolve(name + ".json");
  }

  /** A bundled scenario's title as the README's commands print it, run from transfer-examples. */
  static String title(Path file) {
    return "scenarios/" + file.getFileName();
  }
}
