package org.csptransfer.examples.check;

import static org.csptransfer.examples.check.ScenarioFiles.VALID;
import static org.csptransfer.examples.check.ScenarioFiles.replacing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.csptransfer.core.CountryCode;
import org.csptransfer.core.Region;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.TransitionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioReaderTest {

  private final ScenarioReader reader = ScenarioReader.standard();

  static Stream<Path> bundledScenarios() {
    return ScenarioFiles.bundled().stream();
  }

  @ParameterizedTest
  @MethodSource("bundledScenarios")
  void aScenarioWrittenAndReadBackIsTheSame(Path file) throws IOException {
    Scenario scenario = reader.read(file);
    assertEquals(scenario, reader.parse(ScenarioWriter.write(scenario)));
  }

  @Test
  void readsTheContractsExample() {
    Scenario scenario = reader.parse(VALID);
    assertEquals(SubscriptionId.of("t1"), scenario.request().targets().get(0).id());
    assertEquals(TransitionPolicy.defaults(), scenario.policy());
    assertEquals(1, scenario.offers().offers().size());
  }

  @Test
  void everyOptionalPartMayBeAbsentOrNull() {
    String minimal =
        """
        { "asOf": "2026-03-01",
          "partner": { "id": "4321987", "name": "Fabrikam CSP", "country": "FR", "regions": null },
          "customer": { "tenantId": "0b6f2c9e-6f0a-4d2e-9a61-3f1c2d4e5a6b", "name": "Contoso",
                        "country": "BE" },
          "sources": null, "policy": { "overlapToleranceDays": 2 } }
        """;
    Scenario scenario = reader.parse(minimal);
    assertTrue(scenario.request().sources().isEmpty());
    assertEquals(2, scenario.policy().overlapToleranceDays());
    assertEquals(30, scenario.policy().expiredGraceDays());
  }

  @Test
  void readsOptionalSourceFieldsAndRegions() {
    Scenario scenario =
        reader.parse(
            replacing(
                    "\"disposition\": \"LET_EXPIRE\" }",
                    "\"disposition\": \"CANCEL\", \"cancelOn\": \"2026-03-10\", \"refundableUntil\":"
                        + " \"2026-03-12\", \"unitPrice\": 19.99, \"currency\": \"EUR\" }")
                .replace(
                    "\"country\": \"FR\" }",
                    "\"country\": \"FR\", \"regions\": [\"Europe\", \"Middle East, Central & Eastern Europe\"] }"));
    assertEquals(
        new BigDecimal("19.99"),
        scenario.request().sources().get(0).unitPrice().orElseThrow().amount());
    assertTrue(
        scenario
            .request()
            .partner()
            .regions()
            .contains(Region.of("Middle East, Central & Eastern Europe")));
  }

  @Test
  void acceptsKosovo() {
    assertEquals(
        CountryCode.of("XK"),
        reader
            .parse(replacing("\"country\": \"BE\"", "\"country\": \"XK\""))
            .request()
            .customer()
            .country());
  }

  static Stream<Arguments> invalidScenarios() {
    return Stream.of(
        Arguments.of("{", "(root): malformed JSON at line 1"),
        Arguments.of("[]", "(root): expected an object, got a list"),
        Arguments.of(replacing("\"asOf\": \"2026-03-01\",", ""), "asOf: missing"),
        Arguments.of(replacing("\"asOf\": \"2026-03-01\"", "\"asOf\": null"), "asOf: missing"),
        Arguments.of(
            replacing("\"asOf\": \"2026-03-01\"", "\"asOf\": \"2026-02-30\""),
            "asOf: '2026-02-30' is not a date (YYYY-MM-DD)"),
        Arguments.of(
            replacing("\"asOf\": \"2026-03-01\",", "\"asOf\": \"2026-03-01\", \"asof\": 1,"),
            "asof: unknown field"),
        Arguments.of(
            replacing("\"quantity\": 50,\n", "\"quantity\": 50, \"quantitty\": 50,\n"),
            "sources[0].quantitty: unknown field"),
        Arguments.of(
            replacing("\"quantity\": 50,\n", "\"quantity\": -1,\n"),
            "sources[0].quantity: -1 is negative"),
        Arguments.of(
            replacing("\"quantity\": 50,\n", "\"quantity\": 50.5,\n"),
            "sources[0].quantity: expected a whole number, got 50.5"),
        Arguments.of(
            replacing("\"quantity\": 50,\n", "\"quantity\": \"50\",\n"),
            "sources[0].quantity: expected a whole number, got the string \"50\""),
        Arguments.of(
            replacing("\"assignedLicenses\": 48", "\"assignedLicenses\": 60"),
            "sources[0].assignedLicenses: 60 exceeds quantity 50"),
        Arguments.of(
            replacing("\"channel\": \"DIRECT\"", "\"channel\": \"RESELLER\""),
            "sources[0].channel: unknown value 'RESELLER', expected one of DIRECT,"
                + " ENTERPRISE_AGREEMENT, OPEN, CSP, OTHER"),
        Arguments.of(
            replacing("\"channel\": \"DIRECT\"", "\"channel\": \"CSP\""),
            "sources[0].partnerId: missing (required with channel CSP)"),
        Arguments.of(
            replacing("\"channel\": \"DIRECT\"", "\"channel\": \"DIRECT\", \"partnerId\": \"1\""),
            "sources[0].partnerId: allowed only with channel CSP"),
        Arguments.of(
            replacing("\"LET_EXPIRE\"", "\"CANCEL\""),
            "sources[0].cancelOn: missing (required with disposition CANCEL)"),
        Arguments.of(
            replacing("\"LET_EXPIRE\"", "\"LET_EXPIRE\", \"cancelOn\": \"2026-03-10\""),
            "sources[0].cancelOn: allowed only with disposition CANCEL"),
        Arguments.of(
            replacing("\"LET_EXPIRE\"", "\"LET_EXPIRE\", \"unitPrice\": 20"),
            "sources[0].currency: missing (required with unitPrice)"),
        Arguments.of(
            replacing(
                "\"LET_EXPIRE\"", "\"LET_EXPIRE\", \"unitPrice\": 20, \"currency\": \"EURO\""),
            "sources[0].currency: 'EURO' is not an ISO 4217 currency code"),
        Arguments.of(
            replacing("\"LET_EXPIRE\"", "\"LET_EXPIRE\", \"unitPrice\": -2, \"currency\": \"EUR\""),
            "sources[0].unitPrice: -2 is negative"),
        Arguments.of(
            replacing("\"0b6f2c9e-6f0a-4d2e-9a61-3f1c2d4e5a6b\"", "\"contoso.onmicrosoft.com\""),
            "customer.tenantId: 'contoso.onmicrosoft.com' is not a UUID"),
        Arguments.of(
            replacing("\"country\": \"BE\"", "\"country\": \"be\""),
            "customer.country: 'be' is not an upper-case ISO 3166-1 alpha-2 country code"),
        Arguments.of(
            replacing("\"country\": \"FR\" }", "\"country\": \"FR\", \"regions\": [\"Europa\"] }"),
            "partner.regions[0]: unknown region 'Europa' in the CSP regional authorization, April"
                + " 2021 table"),
        Arguments.of(
            replacing("\"minQuantity\": 1", "\"minQuantity\": 20001"),
            "offers[0].minQuantity: 20001 exceeds maxQuantity 10000"),
        Arguments.of(
            replacing("\"expiredGraceDays\": 30", "\"expiredGraceDays\": -30"),
            "policy.expiredGraceDays: -30 is negative"),
        Arguments.of(
            replacing("\"replaces\": [\"sub-001\"]", "\"replaces\": [\"sub-009\"]"),
            "targets[0].replaces[0]: sub-009 is not the id of a source"),
        Arguments.of(
            replacing("\"replaces\": [\"sub-001\"]", "\"replaces\": [\"sub-001\", \"sub-001\"]"),
            "targets[0].replaces[1]: sub-001 appears twice"),
        Arguments.of(
            replacing(
                "\"replaces\": [\"sub-001\"] }",
                "\"replaces\": [\"sub-001\"] }, { \"id\": \"t1\", \"offerId\": \"O365_E3\","
                    + " \"quantity\": 1, \"start\": \"2026-03-28\" }"),
            "targets[1].id: duplicate id t1"),
        Arguments.of(
            replacing(
                "\"disposition\": \"LET_EXPIRE\" }",
                "\"disposition\": \"LET_EXPIRE\" }, { \"id\": \"sub-001\", \"offerId\": \"O365_E3\","
                    + " \"channel\": \"OPEN\", \"quantity\": 1, \"assignedLicenses\": 1, \"status\":"
                    + " \"ACTIVE\", \"termEnd\": \"2026-03-31\", \"disposition\": \"LET_EXPIRE\" }"),
            "sources[1].id: duplicate id sub-001"),
        Arguments.of(
            replacing(
                "\"successors\": [] }",
                "\"successors\": [] }, { \"id\": \"O365_E3\", \"name\": \"again\","
                    + " \"availableForPurchase\": true, \"addOn\": false, \"minQuantity\": 1,"
                    + " \"maxQuantity\": 1 }"),
            "offers[1].id: duplicate id O365_E3"),
        Arguments.of(
            replacing(
                "\"status\": \"ACCEPTED\" } ]",
                "\"status\": \"ACCEPTED\" }, { \"partnerId\": \"4321987\", \"status\": \"INVITED\" } ]"),
            "customer.relationships[1].partnerId: partner 4321987 appears more than once"),
        Arguments.of(
            replacing("\"id\": \"sub-001\"", "\"id\": \" \""), "sources[0].id: must not be blank"),
        Arguments.of(
            replacing("\"addOn\": false", "\"addOn\": \"no\""),
            "offers[0].addOn: expected true or false, got the string \"no\""),
        Arguments.of(
            replacing("\"servicePlans\": [", "\"servicePlans\": 3, \"x\": ["),
            "offers[0].servicePlans: expected a list, got 3"),
        Arguments.of(
            replacing(
                "\"asOf\": \"2026-03-01\",", "\"asOf\": \"2026-03-01\", \"asOf\": \"2026-03-02\","),
            "(root): malformed JSON at line 2"));
  }

  @ParameterizedTest
  @MethodSource("invalidScenarios")
  void refusesInvalidScenariosNamingThePathAndTheProblem(String json, String message) {
    ScenarioException refused = assertThrows(ScenarioException.class, () -> reader.parse(json));
    assertTrue(
        refused.getMessage().startsWith(message),
        () -> "expected '" + message + "' but got '" + refused.getMessage() + "'");
  }
}
