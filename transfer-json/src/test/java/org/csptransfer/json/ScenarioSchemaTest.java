package org.csptransfer.json;

import static org.csptransfer.json.ScenarioFiles.VALID;
import static org.csptransfer.json.ScenarioFiles.replacing;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.csptransfer.core.Channel;
import org.csptransfer.core.Commerce;
import org.csptransfer.core.CountryCode;
import org.csptransfer.core.Disposition;
import org.csptransfer.core.PlannerTransfers;
import org.csptransfer.core.Region;
import org.csptransfer.core.RegionCatalog;
import org.csptransfer.core.RelationshipStatus;
import org.csptransfer.core.SeatBasis;
import org.csptransfer.core.SubscriptionStatus;
import org.csptransfer.testkit.quicktheories.CoreGens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published JSON Schema says what the reader reads: every valid scenario validates, and what
 * the reader refuses the schema refuses too, wherever a schema can say it.
 */
class ScenarioSchemaTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema SCHEMA = REGISTRY.getSchema(schemaText(), InputFormat.JSON);

  private static String schemaText() {
    try (InputStream in = ScenarioReader.class.getResourceAsStream("scenario.schema.json")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<Error> errors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  @Test
  void theJarsSchemaIsTheOneInDocs() throws IOException {
    assertArrayEquals(
        Files.readAllBytes(Path.of("..", "docs", "scenario.schema.json")),
        schemaText().getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void theSchemaIsAValidDraft202012Schema() {
    Schema meta =
        REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    assertEquals(List.of(), meta.validate(schemaText(), InputFormat.JSON));
  }

  static Stream<Path> bundledScenarios() {
    return ScenarioFiles.bundled().stream();
  }

  @ParameterizedTest
  @MethodSource("bundledScenarios")
  void everyBundledScenarioValidates(Path file) throws IOException {
    assertEquals(List.of(), errors(Files.readString(file)));
  }

  @Test
  void everyScenarioTheWriterWritesValidates() {
    qt().withExamples(300)
        .forAll(CoreGens.scenarios())
        .checkAssert(
            generated -> {
              String json = ScenarioWriter.standard().write(generated);
              assertEquals(List.of(), errors(json), json);
            });
  }

  @Test
  void nullCountsAsAbsentForTheSchemaToo() {
    String minimal =
        """
        { "asOf": "2026-03-01",
          "partner": { "id": "4321987", "name": "Fabrikam CSP", "country": "FR", "regions": null },
          "customer": { "tenantId": "0b6f2c9e-6f0a-4d2e-9a61-3f1c2d4e5a6b", "name": "Contoso",
                        "country": "BE", "relationships": null },
          "offers": null, "sources": null, "targets": null, "transfers": null,
          "policy": { "overlapToleranceDays": null } }
        """;
    assertEquals(List.of(), errors(minimal));
    assertNotNull(ScenarioFiles.READER.read(minimal));
  }

  /** Bad input both the schema and the reader refuse, with the path the reader names. */
  static Stream<Arguments> refusedByBoth() {
    return Stream.of(
        Arguments.of(replacing("\"asOf\": \"2026-03-01\",", ""), "asOf"),
        Arguments.of(replacing("\"asOf\": \"2026-03-01\"", "\"asOf\": null"), "asOf"),
        Arguments.of(replacing("\"asOf\": \"2026-03-01\"", "\"asOf\": \"1-3-2026\""), "asOf"),
        Arguments.of(replacing("\"asOf\": \"2026-03-01\"", "\"asOf\": \"1999-12-31\""), "asOf"),
        Arguments.of(replacing("\"asOf\": \"2026-03-01\"", "\"asOf\": \"2026-13-01\""), "asOf"),
        Arguments.of(
            replacing("\"asOf\": \"2026-03-01\",", "\"asOf\": \"2026-03-01\", \"x\": 1,"), "x"),
        Arguments.of(
            replacing("\"quantity\": 50,\n", "\"quantity\": 50, \"quantitty\": 50,\n"),
            "sources[0].quantitty"),
        Arguments.of(
            replacing("\"quantity\": 50,\n", "\"quantity\": -1,\n"), "sources[0].quantity"),
        Arguments.of(
            replacing("\"quantity\": 50,\n", "\"quantity\": 50.5,\n"), "sources[0].quantity"),
        Arguments.of(
            replacing("\"quantity\": 50,\n", "\"quantity\": 10000001,\n"), "sources[0].quantity"),
        Arguments.of(
            replacing("\"channel\": \"DIRECT\"", "\"channel\": \"RESELLER\""),
            "sources[0].channel"),
        Arguments.of(
            replacing("\"status\": \"ACTIVE\"", "\"status\": \"active\""), "sources[0].status"),
        Arguments.of(
            replacing("\"channel\": \"DIRECT\"", "\"channel\": \"CSP\""), "sources[0].partnerId"),
        Arguments.of(
            replacing("\"channel\": \"DIRECT\"", "\"channel\": \"DIRECT\", \"partnerId\": \"1\""),
            "sources[0].partnerId"),
        Arguments.of(replacing("\"LET_EXPIRE\"", "\"CANCEL\""), "sources[0].cancelOn"),
        Arguments.of(
            replacing("\"LET_EXPIRE\"", "\"LET_EXPIRE\", \"cancelOn\": \"2026-03-10\""),
            "sources[0].cancelOn"),
        Arguments.of(
            replacing("\"LET_EXPIRE\"", "\"LET_EXPIRE\", \"unitPrice\": 20"),
            "sources[0].currency"),
        Arguments.of(
            replacing("\"LET_EXPIRE\"", "\"LET_EXPIRE\", \"currency\": \"EUR\""),
            "sources[0].currency"),
        Arguments.of(
            replacing("\"LET_EXPIRE\"", "\"LET_EXPIRE\", \"unitPrice\": -2, \"currency\": \"EUR\""),
            "sources[0].unitPrice"),
        Arguments.of(
            replacing(
                "\"LET_EXPIRE\"", "\"LET_EXPIRE\", \"unitPrice\": 1000001, \"currency\": \"EUR\""),
            "sources[0].unitPrice"),
        Arguments.of(
            replacing("\"LET_EXPIRE\"", "\"LET_EXPIRE\", \"unitPrice\": 2, \"currency\": \"eur\""),
            "sources[0].currency"),
        Arguments.of(
            replacing("\"LET_EXPIRE\"", "\"LET_EXPIRE\", \"commerce\": \"MCA\""),
            "sources[0].commerce"),
        Arguments.of(
            replacing("\"0b6f2c9e-6f0a-4d2e-9a61-3f1c2d4e5a6b\"", "\"contoso.onmicrosoft.com\""),
            "customer.tenantId"),
        Arguments.of(replacing("\"country\": \"BE\"", "\"country\": \"be\""), "customer.country"),
        Arguments.of(replacing("\"country\": \"BE\"", "\"country\": \"ZZ\""), "customer.country"),
        Arguments.of(
            replacing("\"country\": \"FR\" }", "\"country\": \"FR\", \"regions\": [\"Europa\"] }"),
            "partner.regions[0]"),
        Arguments.of(
            replacing("\"status\": \"ACCEPTED\"", "\"status\": \"PENDING\""),
            "customer.relationships[0].status"),
        Arguments.of(replacing("\"id\": \"sub-001\"", "\"id\": \" \""), "sources[0].id"),
        Arguments.of(
            replacing("\"id\": \"sub-001\"", "\"id\": \"\\u00a0\\u200b\""), "sources[0].id"),
        Arguments.of(replacing("\"id\": \"sub-001\"", "\"id\": \"\""), "sources[0].id"),
        Arguments.of(
            replacing("\"id\": \"sub-001\"", "\"id\": \"" + "s".repeat(257) + "\""),
            "sources[0].id"),
        Arguments.of(replacing("\"addOn\": false", "\"addOn\": \"no\""), "offers[0].addOn"),
        Arguments.of(
            replacing("\"servicePlans\": [", "\"sku\": \"ENTERPRISEPACK\", \"servicePlans\": ["),
            "offers[0].servicePlans"),
        Arguments.of(replacing("\"name\": \"Office 365 E3\",", ""), "offers[0].name"),
        Arguments.of(
            replacing("\"replaces\": [\"sub-001\"]", "\"replaces\": [\"sub-001\", \"sub-001\"]"),
            "targets[0].replaces[1]"),
        Arguments.of(
            replacing(
                "\"replaces\": [\"sub-001\"]", "\"replaces\": [\"sub-001\"], \"stacksOn\": \"t9\""),
            "targets[0].stacksOn"),
        Arguments.of(
            replacing("\"expiredGraceDays\": 30", "\"expiredGraceDays\": -30"),
            "policy.expiredGraceDays"),
        Arguments.of(
            replacing("\"expiredGraceDays\": 30", "\"expiredGraceDays\": 3651"),
            "policy.expiredGraceDays"),
        Arguments.of(
            replacing("\"expiredGraceDays\": 30", "\"maxItemsPerTransfer\": 0"),
            "policy.maxItemsPerTransfer"),
        Arguments.of(replacing("\"PURCHASED\"", "\"SOLD\""), "policy.plannerSeats"),
        Arguments.of(
            replacing(
                "\"policy\"",
                "\"transfers\": [ { \"sources\": [\"sub-001\"], \"when\": 1 } ], \"policy\""),
            "transfers[0].when"),
        Arguments.of(
            replacing(
                "\"policy\"",
                "\"transfers\": [ { \"sources\": [\"sub-001\", \"sub-001\"] } ], \"policy\""),
            "transfers[0].sources[1]"));
  }

  @ParameterizedTest
  @MethodSource("refusedByBoth")
  void theSchemaAndTheReaderRefuseTheSameInput(String json, String path) {
    assertFalse(errors(json).isEmpty(), () -> "the schema accepts the input refused at " + path);
    ScenarioException refused =
        assertThrows(ScenarioException.class, () -> ScenarioFiles.READER.read(json));
    assertEquals(path, refused.path(), refused.getMessage());
  }

  /** What only the reader can check: the schema's description says so. */
  static Stream<Arguments> refusedByTheReaderOnly() {
    return Stream.of(
        Arguments.of(
            replacing("\"assignedLicenses\": 48", "\"assignedLicenses\": 60"),
            "sources[0].assignedLicenses"),
        Arguments.of(
            replacing("\"minQuantity\": 1", "\"minQuantity\": 20001"), "offers[0].minQuantity"),
        Arguments.of(
            replacing("\"replaces\": [\"sub-001\"]", "\"replaces\": [\"sub-009\"]"),
            "targets[0].replaces[0]"),
        Arguments.of(
            replacing(
                "\"LET_EXPIRE\"",
                "\"LET_EXPIRE\", \"unitPrice\": 1.0000001, \"currency\": \"EUR\""),
            "sources[0].unitPrice"));
  }

  @ParameterizedTest
  @MethodSource("refusedByTheReaderOnly")
  void whatTheSchemaCannotSayTheReaderChecks(String json, String path) {
    assertEquals(List.of(), errors(json));
    assertEquals(
        path, assertThrows(ScenarioException.class, () -> ScenarioFiles.READER.read(json)).path());
  }

  @Test
  void theSchemasEnumerationsAreTheLibrarys() throws IOException {
    JsonNode defs = JSON.readTree(schemaText()).get("$defs");
    assertEquals(names(Channel.values()), enumAt(defs, "source", "channel"));
    assertEquals(names(SubscriptionStatus.values()), enumAt(defs, "source", "status"));
    assertEquals(names(Disposition.values()), enumAt(defs, "source", "disposition"));
    assertEquals(names(Commerce.values()), enumAt(defs, "source", "commerce"));
    assertEquals(names(SeatBasis.values()), enumAt(defs, "policy", "plannerSeats"));
    assertEquals(names(PlannerTransfers.values()), enumAt(defs, "policy", "plannerTransfers"));
    assertEquals(
        names(RelationshipStatus.values()),
        strings(
            defs.get("customer")
                .get("properties")
                .get("relationships")
                .get("items")
                .get("properties")
                .get("status")
                .get("enum")));
    assertEquals(
        RegionCatalog.csp2021().regions().stream().map(Region::name).collect(Collectors.toSet()),
        strings(defs.get("region").get("enum")));
    Set<String> known = new TreeSet<>();
    for (char first = 'A'; first <= 'Z'; first++) {
      for (char second = 'A'; second <= 'Z'; second++) {
        String code = "" + first + second;
        if (CountryCode.isKnown(code)) {
          known.add(code);
        }
      }
    }
    assertEquals(known, strings(defs.get("country").get("enum")));
  }

  private static Set<String> enumAt(JsonNode defs, String type, String field) {
    return strings(defs.get(type).get("properties").get(field).get("enum"));
  }

  private static Set<String> strings(JsonNode array) {
    Set<String> strings = new TreeSet<>();
    array
        .values()
        .forEach(
            value -> {
              if (!value.isNull()) {
                strings.add(value.stringValue());
              }
            });
    return strings;
  }

  private static Set<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void theContractsExampleValidates() {
    assertEquals(List.of(), errors(VALID));
  }
}
