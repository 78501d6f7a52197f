package org.csptransfer.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.csptransfer.catalog.MicrosoftLicensing;
import org.csptransfer.core.Scenario;
import org.csptransfer.rules.TransitionDecision;
import org.csptransfer.rules.TransitionPipeline;
import org.csptransfer.rules.planning.TransitionPlanner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published decision schema says what the writer writes: every decision, plan and book line of
 * the bundled scenarios validates, runbook steps with exactly their keys.
 */
class DecisionSchemaTest {

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema SCHEMA = REGISTRY.getSchema(schemaText(), InputFormat.JSON);
  private static final ScenarioReader READER =
      ScenarioReader.builder().skus(MicrosoftLicensing.skus()).build();

  private static String schemaText() {
    try (InputStream in = ScenarioReader.class.getResourceAsStream("decision.schema.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<Path> bundled() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("..", "transfer-examples", "scenarios"))) {
      return files.filter(file -> file.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  @Test
  void theJarsSchemaIsTheOneInDocsAndAValidDraft202012Schema() throws IOException {
    assertArrayEquals(
        Files.readAllBytes(Path.of("..", "docs", "decision.schema.json")),
        schemaText().getBytes(StandardCharsets.UTF_8));
    Schema meta =
        REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    assertEquals(List.of(), meta.validate(schemaText(), InputFormat.JSON));
  }

  @ParameterizedTest
  @MethodSource("bundled")
  void everyDecisionPlanAndBookLineOfTheBundledScenariosValidates(Path file) throws IOException {
    Scenario scenario = READER.read(file);
    TransitionDecision decision =
        TransitionPipeline.standard(scenario).evaluate(scenario.request());
    DecisionWriter writer = DecisionWriter.standard();
    assertEquals(
        List.of(), SCHEMA.validate(writer.write(decision), InputFormat.JSON), file::toString);
    String plan =
        writer.write(
            TransitionPlanner.of(TransitionPipeline.standard(scenario)).plan(scenario.request()));
    assertEquals(List.of(), SCHEMA.validate(plan, InputFormat.JSON), file::toString);
    StringWriter line = new StringWriter();
    writer.write(Map.of("line", 3L), decision, line);
    assertEquals(List.of(), SCHEMA.validate(line.toString(), InputFormat.JSON), file::toString);
  }

  @Test
  void aStepWithAKeyItMustNotHaveIsRefused() {
    List<Error> errors =
        SCHEMA.validate(
            """
            {"verdict": "APPROVED", "findings": [], "actions": [], "timeline": [], "trace": [],
             "runbook": [{"step": "ACCEPT_RELATIONSHIP", "actor": "CUSTOMER", "date": "2026-03-01",
                          "subjects": ["4321987"], "quantity": 3, "description": "..."}]}
            """,
            InputFormat.JSON);
    assertFalse(errors.isEmpty());
    assertEquals(
        List.of(),
        SCHEMA.validate(
            "{\"line\": 4, \"error\": \"sources[0].quantity: -1 is negative\"}", InputFormat.JSON));
  }
}
